import { describe, expect, it } from 'vitest'
import { hmacSecretOf } from '../../crypto/hmac-key.ts'
import { SECRET_HEADER, verifyFreshdeskSecret } from './verify-secret.ts'

const now = new Date('2026-01-05T10:00:00Z')
const headers = (value?: string): Headers =>
  new Headers(value === undefined ? {} : { [SECRET_HEADER]: value })

describe('verifyFreshdeskSecret', () => {
  it('accepts the tenant secret, each delivery as a new one', async () => {
    const first = await verifyFreshdeskSecret(
      headers('s3cret-value'),
      '{}',
      hmacSecretOf('s3cret-value'),
      now,
    )
    const again = await verifyFreshdeskSecret(
      headers('s3cret-value'),
      '{}',
      hmacSecretOf('s3cret-value'),
      now,
    )
    expect(first.sentAt).toEqual(now)
    expect(first.deliveryId).not.toBe(again.deliveryId)
  })

  it.each([
    ['a missing header', undefined],
    ['a wrong secret', 's3cret-valuf'],
    ['a prefix of the secret', 's3cret'],
    ['an empty header', ''],
    ['an oversized header', 'x'.repeat(500)],
  ])('refuses %s', async (_name, value) => {
    await expect(
      verifyFreshdeskSecret(headers(value), '{}', hmacSecretOf('s3cret-value'), now),
    ).rejects.toMatchObject({
      code: 'webhook_signature_invalid',
    })
  })
})
