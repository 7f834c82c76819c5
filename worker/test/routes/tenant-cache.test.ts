import { SELF, env } from 'cloudflare:test'
import type { Analysis, Settings } from '@deskmate/shared'
import { beforeAll, describe, expect, it } from 'vitest'
import { createSecretBox } from '../../src/crypto/secret-box.ts'
import { createModelsRepo } from '../../src/db/models-repo.ts'
import { createTenantsRepo } from '../../src/db/tenants-repo.ts'
import { trainModel } from '../../src/engines/local/train-model.ts'
import { signAppToken, seedTenant, type SeededTenant } from '../helpers/tenants.ts'
import { signedDelivery } from '../helpers/webhooks.ts'

// Writes here go through the repositories, not through this isolate's caches: they stand for another isolate
// (another request anywhere) changing the tenant. The next request must see the change.
const tenants = () => createTenantsRepo(env.DB, createSecretBox(env.ENCRYPTION_KEY))

const call = async (who: SeededTenant, path: string, body?: unknown, token?: string) =>
  SELF.fetch(`https://worker.test${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: {
      Authorization: `Bearer ${token ?? (await who.token())}`,
      'Content-Type': 'application/json',
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })

const postWebhook = (delivery: { headers: Record<string, string>; body: string }) =>
  SELF.fetch('https://worker.test/v1/webhooks/zendesk', { method: 'POST', ...delivery })

const deliveriesOf = async (tenantId: string): Promise<number> =>
  (await env.DB.prepare('SELECT COUNT(*) AS n FROM webhook_deliveries WHERE tenant_id = ?')
    .bind(tenantId)
    .first<number>('n')) ?? 0

describe('isolate caches of tenants', () => {
  let acme: SeededTenant
  beforeAll(async () => {
    acme = await seedTenant('cache-acme')
  })

  it('sees a settings change made elsewhere on the next request', async () => {
    expect((await (await call(acme, '/v1/settings')).json<Settings>()).mode).toBe('draft_note')
    await tenants().saveSettings(acme.tenant.id, { mode: 'off' }, undefined, new Date())
    expect((await (await call(acme, '/v1/settings')).json<Settings>()).mode).toBe('off')
  })

  it('refuses the old installation secret at once after a rotation', async () => {
    expect((await call(acme, '/v1/settings')).status).toBe(200)
    const rotated = `rotated-${crypto.randomUUID()}`
    await tenants().upsert({ helpdesk: 'zendesk', account: 'cache-acme', sharedSecret: rotated }, new Date())
    expect((await call(acme, '/v1/settings')).status).toBe(401)
    const fresh = await signAppToken(rotated, {
      iss: 'https://cache-acme.zendesk.com',
      aud: 'deskmate',
      sub: '1',
    })
    expect((await call(acme, '/v1/settings', undefined, fresh)).status).toBe(200)
  })

  it('analyses with a model retrained elsewhere on the next request', async () => {
    const who = await seedTenant('cache-models')
    const put = await SELF.fetch('https://worker.test/v1/settings', {
      method: 'PUT',
      headers: await who.adminAuth(),
      body: JSON.stringify({ categories: ['money', 'access'], allowedCategories: [] }),
    })
    expect(put.status).toBe(200)
    const examples = (money: string, access: string) =>
      Array.from({ length: 40 }, (_, i) => ({
        text: i % 2 ? `payment card charged refund ${i}` : `login password locked reset ${i}`,
        label: i % 2 ? money : access,
      }))
    const save = (labels: [string, string]) =>
      createModelsRepo(env.DB, who.tenant.id).save({
        ...trainModel('category', examples(...labels)),
        trainedAt: new Date().toISOString(),
      })
    const ticket = {
      subject: 'Card charged twice',
      body: 'My payment card was charged twice, please refund.',
    }
    await save(['money', 'access'])
    const first = await (await call(who, '/v1/tickets/analyze', { ticket })).json<Analysis>()
    expect(first.category.label).toBe('money')
    await save(['access', 'money'])
    const second = await (await call(who, '/v1/tickets/analyze', { ticket })).json<Analysis>()
    expect(second.category.label).toBe('access')
  })
})

describe('isolate cache of webhook secrets', () => {
  const account = 'cache-hooks'
  const tenantId = `zendesk:${account}`
  let sharedSecret: string
  let webhookSecret: string
  beforeAll(async () => {
    const seeded = await seedTenant(account)
    sharedSecret = seeded.sharedSecret
    webhookSecret = `whsec-${crypto.randomUUID()}`
    await tenants().upsert({ helpdesk: 'zendesk', account, sharedSecret, webhookSecret }, new Date())
  })

  it('refuses deliveries signed with the old secret at once after a rotation, and accepts the new one', async () => {
    expect((await postWebhook(await signedDelivery(webhookSecret, account, 1))).status).toBe(202)
    const rotated = `whsec-${crypto.randomUUID()}`
    await tenants().upsert({ helpdesk: 'zendesk', account, sharedSecret, webhookSecret: rotated }, new Date())
    const before = await deliveriesOf(tenantId)
    const old = await postWebhook(await signedDelivery(webhookSecret, account, 2))
    expect(old.status).toBe(401)
    expect(await deliveriesOf(tenantId)).toBe(before)
    expect((await postWebhook(await signedDelivery(rotated, account, 3))).status).toBe(202)
    webhookSecret = rotated
  })

  it('still accepts after an unrelated settings change', async () => {
    await tenants().saveSettings(tenantId, { mode: 'off' }, undefined, new Date())
    expect((await postWebhook(await signedDelivery(webhookSecret, account, 4))).status).toBe(202)
  })

  it('refuses deliveries for a tenant removed after its secret was cached', async () => {
    expect((await postWebhook(await signedDelivery(webhookSecret, account, 5))).status).toBe(202)
    await env.DB.prepare('DELETE FROM tenants WHERE id = ?').bind(tenantId).run()
    const res = await postWebhook(await signedDelivery(webhookSecret, account, 6))
    expect(res.status).toBe(401)
    expect(await deliveriesOf(tenantId)).toBe(0)
  })
})

describe('isolate cache of webhook signing keys', () => {
  it("never verifies one tenant's delivery with another tenant's cached key", async () => {
    const [first, second] = ['keys-first', 'keys-second']
    const secrets = { [first]: `whsec-${crypto.randomUUID()}`, [second]: `whsec-${crypto.randomUUID()}` }
    for (const account of [first, second]) {
      const { sharedSecret } = await seedTenant(account)
      const webhookSecret = secrets[account] as string
      await tenants().upsert({ helpdesk: 'zendesk', account, sharedSecret, webhookSecret }, new Date())
    }
    // Both keys are in use (and cached) before the cross-signed delivery arrives.
    expect((await postWebhook(await signedDelivery(secrets[first] as string, first, 1))).status).toBe(202)
    expect((await postWebhook(await signedDelivery(secrets[second] as string, second, 1))).status).toBe(202)
    const crossSigned = await postWebhook(await signedDelivery(secrets[first] as string, second, 2))
    expect(crossSigned.status).toBe(401)
    expect(await deliveriesOf(`zendesk:${second}`)).toBe(1)
    expect((await postWebhook(await signedDelivery(secrets[second] as string, second, 2))).status).toBe(202)
  })
})
