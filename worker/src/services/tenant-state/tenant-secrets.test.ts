import { describe, expect, it } from 'vitest'
import { importHmacKey } from '../../crypto/hmac-key.ts'
import { hmacKeyOf, openSecretAt } from './tenant-secrets.ts'

const message = new TextEncoder().encode('2026-12-04T05:00:00Z{"ticket_id":"1"}')

const signWith = async (key: CryptoKey): Promise<string> =>
  btoa(String.fromCharCode(...new Uint8Array(await crypto.subtle.sign('HMAC', key, message))))

/** Puts `value` into the isolate cache as the tenant's webhook secret at `version`. */
const cacheSecret = (tenantId: string, version: number, value: string) =>
  openSecretAt(tenantId, version, 'webhook_secret', `sealed-${value}`, () => Promise.resolve(value))

describe('hmacKeyOf', () => {
  it('imports the key of a cached secret once and signs as the secret does', async () => {
    await cacheSecret('zendesk:keys-once', 1, 'secret-one')
    const secret = { version: 1, value: 'secret-one' }
    const first = await hmacKeyOf('zendesk:keys-once', 'webhook_secret', secret)
    const again = await hmacKeyOf('zendesk:keys-once', 'webhook_secret', secret)
    expect(again).toBe(first)
    expect(await signWith(first)).toBe(await signWith(await importHmacKey('secret-one')))
  })

  it('uses the rotated secret at once', async () => {
    await cacheSecret('zendesk:keys-rotated', 1, 'before-rotation')
    const old = await hmacKeyOf('zendesk:keys-rotated', 'webhook_secret', {
      version: 1,
      value: 'before-rotation',
    })
    await cacheSecret('zendesk:keys-rotated', 2, 'after-rotation')
    const rotated = { version: 2, value: 'after-rotation' }
    const current = await hmacKeyOf('zendesk:keys-rotated', 'webhook_secret', rotated)
    expect(current).not.toBe(old)
    expect(await signWith(current)).toBe(await signWith(await importHmacKey('after-rotation')))
    expect(await hmacKeyOf('zendesk:keys-rotated', 'webhook_secret', rotated)).toBe(current)
  })

  it("never hands out one tenant's key for another tenant", async () => {
    await cacheSecret('zendesk:keys-a', 1, 'secret-of-a')
    await cacheSecret('zendesk:keys-b', 1, 'secret-of-b')
    const ofA = await hmacKeyOf('zendesk:keys-a', 'webhook_secret', { version: 1, value: 'secret-of-a' })
    const ofB = await hmacKeyOf('zendesk:keys-b', 'webhook_secret', { version: 1, value: 'secret-of-b' })
    expect(ofB).not.toBe(ofA)
    expect(await signWith(ofB)).toBe(await signWith(await importHmacKey('secret-of-b')))
    // A secret that is not the cached one (another tenant's, a stale copy) gets its own key, not the cached one.
    const stranger = await hmacKeyOf('zendesk:keys-b', 'webhook_secret', { version: 1, value: 'secret-of-a' })
    expect(stranger).not.toBe(ofB)
    expect(await signWith(stranger)).toBe(await signWith(ofA))
  })
})
