import { SELF, env } from 'cloudflare:test'
import type { RegisterResponse } from '@deskmate/shared'
import { beforeAll, describe, expect, it } from 'vitest'
import { createSecretBox } from '../../src/crypto/secret-box.ts'
import { createTenantsRepo } from '../../src/db/tenants-repo.ts'
import { createInstallation, seedTenant, signAppToken, type AppInstallation } from '../helpers/tenants.ts'
import { simAccount, simulatorUrl, type SimCredentials } from '../helpers/zendesk-sim.ts'

const REGISTER_URL = 'https://worker.test/v1/tenants/register'

const repo = () => createTenantsRepo(env.DB, createSecretBox(env.ENCRYPTION_KEY))

const post = (headers: Record<string, string>, body: object) =>
  SELF.fetch(REGISTER_URL, { method: 'POST', headers, body: JSON.stringify(body) })

const createSimAccount = async (account: string, webhookSecret: string): Promise<SimCredentials> => {
  const res = await fetch(`${simulatorUrl()}/__sim/accounts`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      account,
      webhook: { url: 'https://worker.test/v1/webhooks/zendesk', secret: webhookSecret, deliver: false },
    }),
  })
  return res.json()
}

const triggersOf = async (account: string, credentials: SimCredentials) => {
  const auth = btoa(`${credentials.apiUser}/token:${credentials.apiToken}`)
  const res = await fetch(`${simulatorUrl()}/${account}/api/v2/triggers.json`, {
    headers: { Authorization: `Basic ${auth}` },
  })
  return (await res.json<{ triggers: Array<{ actions: Array<{ field: string; value: string[] }> }> }>())
    .triggers
}

const settingsStatus = async (install: AppInstallation) =>
  (await SELF.fetch('https://worker.test/v1/settings', { headers: await install.auth() })).status

describe('POST /v1/tenants/register', () => {
  const account = 'register'
  const webhookSecret = 'per-installation-signing-secret'
  let credentials: SimCredentials
  let install: AppInstallation
  beforeAll(async () => {
    credentials = await createSimAccount(account, webhookSecret)
    install = createInstallation(account)
  })

  const body = () => ({
    credentials: { helpdesk: 'zendesk', apiUser: credentials.apiUser },
    installationId: credentials.installationId,
  })
  const triggerOf = (result: RegisterResponse) => result.parts.find((part) => part.kind === 'trigger')

  it('creates the tenant of a new installation, which can then call the API with its own token', async () => {
    expect(await repo().findById('zendesk:register')).toBeNull()
    expect(await settingsStatus(install)).toBe(401)
    const res = await post(await install.registrationHeaders(credentials.apiToken), body())
    expect(res.status).toBe(200)
    const text = await res.text()
    for (const secret of [install.sharedSecret, credentials.apiToken, webhookSecret]) {
      expect(text).not.toContain(secret)
    }
    const result = JSON.parse(text) as RegisterResponse
    expect(result).toMatchObject({ tenantId: 'zendesk:register', adminSteps: [], kbSyncQueued: true })
    expect(triggerOf(result)?.isCreated).toBe(true)
    const webhookId = result.parts.find((part) => part.kind === 'webhook')?.id
    expect(await settingsStatus(install)).toBe(200)
    const tenant = await repo().findById('zendesk:register')
    expect(tenant).toMatchObject({
      apiUser: credentials.apiUser,
      installationId: String(credentials.installationId),
    })
    const triggers = await triggersOf(account, credentials)
    expect(triggers).toHaveLength(2)
    for (const trigger of triggers) {
      expect(trigger.actions[0]).toMatchObject({
        field: 'notification_webhook',
        value: [webhookId, expect.stringContaining('{{ticket.id}}')],
      })
    }
    // One trigger for new tickets, one for the requester's replies (whose key tells one reply from the next).
    const sent = triggers.map((t) => JSON.parse(t.actions[0]?.value[1] ?? '{}') as Record<string, string>)
    expect(sent.map((body) => body.event).sort()).toEqual(['requester_replied', 'ticket_created'])
    expect(sent.find((body) => body.event === 'requester_replied')?.updated_at).toBe(
      '{{ticket.updated_at_with_timestamp}}',
    )
  })

  it('stores every secret encrypted', async () => {
    expect(await repo().readSecret('zendesk:register', 'shared_secret')).toBe(install.sharedSecret)
    expect(await repo().readSecret('zendesk:register', 'webhook_secret')).toBe(webhookSecret)
    expect(await repo().readSecret('zendesk:register', 'api_token')).toBe(credentials.apiToken)
    const row = await env.DB.prepare(
      'SELECT shared_secret_enc, api_token_enc, webhook_secret_enc FROM tenants WHERE id = ?',
    )
      .bind('zendesk:register')
      .first<Record<string, string>>()
    for (const secret of [install.sharedSecret, credentials.apiToken, webhookSecret]) {
      expect(JSON.stringify(row)).not.toContain(secret)
    }
  })

  it('is idempotent: registering again (as an app released before the credentials union) creates no second trigger of either kind', async () => {
    const legacy = { apiUser: credentials.apiUser, installationId: credentials.installationId }
    const res = await post(await install.registrationHeaders(credentials.apiToken), legacy)
    expect(res.status).toBe(200)
    expect(triggerOf(await res.json<RegisterResponse>())?.isCreated).toBe(false)
    expect(await triggersOf(account, credentials)).toHaveLength(2)
    expect(await settingsStatus(install)).toBe(200)
  })

  it('refuses to replace the shared secret for an agent’s proxy (no admin token) and changes nothing', async () => {
    // Any agent's request proxy fills the admin's API token; the secret it sends can be the agent's own.
    const intruder = createInstallation(account)
    const res = await post(await intruder.registrationHeaders(credentials.apiToken), body())
    expect(res.status).toBe(403)
    expect(res.headers.get('content-type')).toContain('application/problem+json')
    expect((await res.json<{ code: string }>()).code).toBe('admin_required')
    expect(await repo().readSecret('zendesk:register', 'shared_secret')).toBe(install.sharedSecret)
    expect(await settingsStatus(intruder)).toBe(401)
    expect(await settingsStatus(install)).toBe(200)
    expect(await triggersOf(account, credentials)).toHaveLength(2)
  })

  it('refuses an agent’s signed Zendesk token as proof of an administrator', async () => {
    const intruder = createInstallation(account)
    const adminToken = await simAccount(account).appToken({ role: 'agent' })
    const res = await post(await intruder.registrationHeaders(credentials.apiToken), {
      ...body(),
      adminToken,
    })
    expect(res.status).toBe(403)
    expect((await res.json<{ code: string }>()).code).toBe('admin_required')
    expect(await repo().readSecret('zendesk:register', 'shared_secret')).toBe(install.sharedSecret)
  })

  it('rotates the shared secret when an administrator signed in (Zendesk’s signed token)', async () => {
    const rotated = createInstallation(account)
    const adminToken = await simAccount(account).appToken({ role: 'admin' })
    const res = await post(await rotated.registrationHeaders(credentials.apiToken), {
      ...body(),
      adminToken,
    })
    expect(res.status).toBe(200)
    expect(triggerOf(await res.json<RegisterResponse>())?.isCreated).toBe(false)
    expect(await triggersOf(account, credentials)).toHaveLength(2)
    expect(await settingsStatus(rotated)).toBe(200)
    expect(await settingsStatus(install)).toBe(401)
    install = rotated
  })

  it('keeps a known tenant’s secret when the API token is refused', async () => {
    const intruder = createInstallation(account)
    const res = await post(await intruder.registrationHeaders('not-a-token'), body())
    expect(res.status).toBe(403)
    expect(await repo().readSecret('zendesk:register', 'shared_secret')).toBe(install.sharedSecret)
    expect(await settingsStatus(intruder)).toBe(401)
  })

  it('rejects an unknown installation', async () => {
    const res = await post(await install.registrationHeaders(credentials.apiToken), {
      ...body(),
      installationId: 1,
    })
    expect(res.status).toBe(404)
  })
})

describe('POST /v1/tenants/register for an account Deskmate does not know', () => {
  const account = 'newcomer'
  let credentials: SimCredentials
  let install: AppInstallation
  beforeAll(async () => {
    credentials = await createSimAccount(account, 'newcomer-signing-secret')
    install = createInstallation(account)
  })

  const body = () => ({
    credentials: { helpdesk: 'zendesk', apiUser: credentials.apiUser },
    installationId: credentials.installationId,
  })

  const expectProblem = async (res: Response, status: number, code: string) => {
    expect(res.status).toBe(status)
    expect(res.headers.get('content-type')).toContain('application/problem+json')
    expect((await res.json<{ code: string }>()).code).toBe(code)
    expect(await repo().findById('zendesk:newcomer')).toBeNull()
  }

  it('rejects a token that does not verify with the install secret', async () => {
    const headers = await install.registrationHeaders(credentials.apiToken, { secret: 'another-secret' })
    await expectProblem(await post(headers, body()), 401, 'unauthorized')
  })

  it('rejects a token for another audience or without a token', async () => {
    const headers = await install.registrationHeaders(credentials.apiToken)
    const foreign = await signAppToken(install.sharedSecret, {
      iss: 'https://newcomer.zendesk.com',
      aud: 'someone-else',
    })
    await expectProblem(
      await post({ ...headers, Authorization: `Bearer ${foreign}` }, body()),
      401,
      'unauthorized',
    )
    const { Authorization: _omitted, ...anonymous } = headers
    await expectProblem(await post(anonymous, body()), 401, 'unauthorized')
  })

  it('rejects a missing install secret or API token, or an unresolved placeholder', async () => {
    const headers = await install.registrationHeaders(credentials.apiToken)
    const { 'X-Deskmate-Install-Secret': _secret, ...noSecret } = headers
    await expectProblem(await post(noSecret, body()), 401, 'unauthorized')
    const { 'X-Deskmate-Api-Token': _token, ...noToken } = headers
    await expectProblem(await post(noToken, body()), 401, 'unauthorized')
    const placeholder = { ...headers, 'X-Deskmate-Api-Token': '{{setting.api_token}}' }
    await expectProblem(await post(placeholder, body()), 401, 'unauthorized')
  })

  it('refuses an API token Zendesk does not accept', async () => {
    const headers = await install.registrationHeaders('not-a-token')
    await expectProblem(await post(headers, body()), 403, 'forbidden')
  })

  it('refuses an agent’s token (registration needs an admin)', async () => {
    await simAccount(account).addUser({
      email: 'agent@newcomer.example',
      name: 'Agent',
      role: 'agent',
      apiToken: 'agent-token',
    })
    const headers = await install.registrationHeaders('agent-token')
    await expectProblem(
      await post(headers, {
        ...body(),
        credentials: { helpdesk: 'zendesk', apiUser: 'agent@newcomer.example' },
      }),
      403,
      'forbidden',
    )
  })

  it('refuses another helpdesk’s credentials for a Zendesk installation', async () => {
    const headers = await install.registrationHeaders(credentials.apiToken)
    await expectProblem(
      await post(headers, { ...body(), credentials: { helpdesk: 'freshdesk' } }),
      400,
      'validation_failed',
    )
  })

  it('rejects a shared secret too short to sign tokens safely', async () => {
    const weak = createInstallation(account, 'zendesk', 'short-secret')
    const headers = await weak.registrationHeaders(credentials.apiToken)
    await expectProblem(await post(headers, body()), 400, 'validation_failed')
  })

  it('answers 404 for a Freshdesk account the helpdesk does not know, storing nothing', async () => {
    const freshdesk = createInstallation('newcomer', 'freshdesk')
    const res = await post(await freshdesk.registrationHeaders(credentials.apiToken), {
      ...body(),
      credentials: { helpdesk: 'freshdesk' },
    })
    expect(res.status).toBe(404)
    expect(await repo().findById('freshdesk:newcomer')).toBeNull()
  })

  it('does not let a seeded tenant’s sidebar token stand in for the install secret', async () => {
    const other = await seedTenant('bystander')
    const headers = { ...(await other.auth()), 'X-Deskmate-Api-Token': credentials.apiToken }
    await expectProblem(await post(headers, body()), 401, 'unauthorized')
  })
})
