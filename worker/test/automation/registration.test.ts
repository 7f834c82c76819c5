import { SELF, env } from 'cloudflare:test'
import type { RegisterResponse } from '@deskmate/shared'
import { beforeAll, describe, expect, it } from 'vitest'
import { createSecretBox } from '../../src/crypto/secret-box.ts'
import { createTenantsRepo } from '../../src/db/tenants-repo.ts'
import { seedTenant, type SeededTenant } from '../helpers/tenants.ts'
import { simulatorUrl, type SimCredentials } from '../helpers/zendesk-sim.ts'

const register = async (who: SeededTenant, body: object, token: string | null) =>
  SELF.fetch('https://worker.test/v1/tenants/register', {
    method: 'POST',
    headers: { ...(await who.auth()), ...(token === null ? {} : { 'X-Deskmate-Api-Token': token }) },
    body: JSON.stringify(body),
  })

const triggersOf = async (account: string, credentials: SimCredentials) => {
  const auth = btoa(`${credentials.apiUser}/token:${credentials.apiToken}`)
  const res = await fetch(`${simulatorUrl()}/${account}/api/v2/triggers.json`, {
    headers: { Authorization: `Basic ${auth}` },
  })
  return (await res.json<{ triggers: Array<{ actions: Array<{ field: string; value: string[] }> }> }>())
    .triggers
}

describe('POST /v1/tenants/register', () => {
  let who: SeededTenant
  let credentials: SimCredentials
  const secret = 'per-installation-signing-secret'
  beforeAll(async () => {
    const res = await fetch(`${simulatorUrl()}/__sim/accounts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        account: 'register',
        webhook: { url: 'https://worker.test/v1/webhooks/zendesk', secret, deliver: false },
      }),
    })
    credentials = await res.json()
    who = await seedTenant('register')
  })

  const body = () => ({ apiUser: credentials.apiUser, installationId: credentials.installationId })

  it('stores the credentials and the webhook secret encrypted and creates the trigger', async () => {
    const res = await register(who, body(), credentials.apiToken)
    expect(res.status).toBe(200)
    const result = await res.json<RegisterResponse>()
    expect(result).toMatchObject({ tenantId: 'zendesk:register', isTriggerCreated: true, kbSyncQueued: true })
    const repo = createTenantsRepo(env.DB, createSecretBox(env.ENCRYPTION_KEY))
    expect(await repo.readSecret(who.tenant.id, 'webhook_secret')).toBe(secret)
    expect(await repo.readSecret(who.tenant.id, 'api_token')).toBe(credentials.apiToken)
    const row = await env.DB.prepare('SELECT api_token_enc, webhook_secret_enc FROM tenants WHERE id = ?')
      .bind(who.tenant.id)
      .first<Record<string, string>>()
    expect(JSON.stringify(row)).not.toContain(credentials.apiToken)
    expect(JSON.stringify(row)).not.toContain(secret)
    const triggers = await triggersOf('register', credentials)
    expect(triggers).toHaveLength(1)
    expect(triggers[0]?.actions[0]).toMatchObject({
      field: 'notification_webhook',
      value: [result.webhookId, expect.stringContaining('{{ticket.id}}')],
    })
  })

  it('is idempotent: registering again creates no second trigger', async () => {
    const res = await register(who, body(), credentials.apiToken)
    expect(res.status).toBe(200)
    expect((await res.json<RegisterResponse>()).isTriggerCreated).toBe(false)
    expect(await triggersOf('register', credentials)).toHaveLength(1)
  })

  it('refuses a token Zendesk does not accept', async () => {
    const res = await register(who, body(), 'not-a-token')
    expect(res.status).toBe(403)
    expect((await res.json<{ code: string }>()).code).toBe('forbidden')
  })

  it('refuses an agent’s token (registration needs an admin)', async () => {
    await fetch(`${simulatorUrl()}/__sim/register/users`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        email: 'agent@register.example',
        name: 'Agent',
        role: 'agent',
        apiToken: 'agent-token',
      }),
    })
    const res = await register(who, { ...body(), apiUser: 'agent@register.example' }, 'agent-token')
    expect(res.status).toBe(403)
  })

  it('rejects a missing token header or an unresolved placeholder', async () => {
    expect((await register(who, body(), null)).status).toBe(400)
    expect((await register(who, body(), '{{setting.api_token}}')).status).toBe(400)
  })

  it('rejects an unknown installation', async () => {
    const res = await register(who, { ...body(), installationId: 1 }, credentials.apiToken)
    expect(res.status).toBe(404)
  })

  it('requires the sidebar token', async () => {
    const res = await SELF.fetch('https://worker.test/v1/tenants/register', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Deskmate-Api-Token': credentials.apiToken },
      body: JSON.stringify(body()),
    })
    expect(res.status).toBe(401)
  })
})
