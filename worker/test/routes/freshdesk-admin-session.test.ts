import { SELF, env } from 'cloudflare:test'
import type { AdminSession, Settings } from '@deskmate/shared'
import { beforeAll, describe, expect, it } from 'vitest'
import { createSecretBox } from '../../src/crypto/secret-box.ts'
import { createTenantsRepo } from '../../src/db/tenants-repo.ts'
import { fdAccount, freshdeskSimulatorUrl } from '../helpers/freshdesk-sim.ts'

type SimKeys = { apiKey: string; agentApiKey: string }

const createSimAccount = async (account: string): Promise<SimKeys> => {
  const res = await fetch(`${freshdeskSimulatorUrl()}/__sim/accounts`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      account,
      webhook: {
        url: 'https://worker.test/v1/webhooks/freshdesk',
        secret: `fdsec-${account}`,
        deliver: false,
      },
    }),
  })
  expect(res.status).toBe(201)
  return res.json<SimKeys>()
}

/** The headers Freshdesk's servers add from the iparams (config/requests.json). */
const template = (account: string, secret: string) => ({
  'X-Deskmate-Account': `${account}.freshdesk.com`,
  'X-Deskmate-Install-Secret': secret,
})

const register = async (account: string, secret: string, apiKey: string) => {
  const res = await SELF.fetch('https://worker.test/v1/tenants/register', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'X-Deskmate-Api-Token': apiKey,
      ...template(account, secret),
    },
    body: JSON.stringify({ credentials: { helpdesk: 'freshdesk' }, installationId: '1' }),
  })
  expect(res.status).toBe(200)
}

/** The `createAdminSession` template: install secret and account, the admin's own key from `context`. */
const signIn = (account: string, secret: string, adminKey?: string) =>
  SELF.fetch('https://worker.test/v1/admin/session', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...template(account, secret),
      ...(adminKey === undefined ? {} : { 'X-Deskmate-Admin-Key': adminKey }),
    },
    body: '{}',
  })

const putMode = (headers: Record<string, string>, mode: Settings['mode']) =>
  SELF.fetch('https://worker.test/v1/settings', {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify({ mode }),
  })

/** A problem+json answer with no session in it and none of the `secrets` it was sent. */
const expectProblem = async (res: Response, status: number, code: string, ...secrets: string[]) => {
  expect(res.status).toBe(status)
  expect(res.headers.get('content-type')).toContain('application/problem+json')
  const text = await res.text()
  expect(JSON.parse(text)).toMatchObject({ status, code })
  expect(text).not.toContain('token')
  for (const secret of secrets) expect(text).not.toContain(secret)
}

const tenantRow = (account: string) =>
  createTenantsRepo(env.DB, createSecretBox(env.ENCRYPTION_KEY)).findById(`freshdesk:${account}`)

describe('a Freshdesk admin session from the admin’s own API key', () => {
  const secret = `install-secret-${crypto.randomUUID()}`
  let keys: SimKeys
  let otherKeys: SimKeys
  beforeAll(async () => {
    keys = await createSimAccount('fdadmin')
    otherKeys = await createSimAccount('fdadmin-other')
    await register('fdadmin', secret, keys.apiKey)
  })

  it('opens an hour-long session for an administrator, which may then change settings', async () => {
    const res = await signIn('fdadmin', secret, keys.apiKey)
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('no-store')
    const session = await res.json<AdminSession>()
    expect(session).toMatchObject({ tenantId: 'freshdesk:fdadmin', user: { id: '900', name: 'Alex Admin' } })
    const lifetime = Date.parse(session.expiresAt) - Date.now()
    expect(lifetime).toBeGreaterThan(59 * 60_000)
    expect(lifetime).toBeLessThanOrEqual(60 * 60_000)

    const changed = await putMode({ Authorization: `Bearer ${session.token}` }, 'off')
    expect(changed.status).toBe(200)
    expect((await changed.json<Settings>()).mode).toBe('off')
    // The sidebar's templates still make an agent.
    const agent = await putMode(template('fdadmin', secret), 'auto_reply')
    await expectProblem(agent, 403, 'admin_required', secret)
    const read = await SELF.fetch('https://worker.test/v1/settings', { headers: template('fdadmin', secret) })
    expect((await read.json<Settings>()).mode).toBe('off')
  })

  it('refuses a plain agent’s own key with 403 admin_required and writes nothing', async () => {
    const before = await tenantRow('fdadmin')
    const res = await signIn('fdadmin', secret, keys.agentApiKey)
    await expectProblem(res, 403, 'admin_required', secret, keys.agentApiKey)
    expect(await tenantRow('fdadmin')).toEqual(before)
  })

  it('refuses the key of an administrator of another account with 401', async () => {
    const res = await signIn('fdadmin', secret, otherKeys.apiKey)
    await expectProblem(res, 401, 'unauthorized', secret, otherKeys.apiKey)
  })

  it.each([
    ['a wrong install secret', () => signIn('fdadmin', `${secret}x`, keys.apiKey)],
    ['an account that is not installed', () => signIn('fdadmin-other', secret, otherKeys.apiKey)],
    ['no API key', () => signIn('fdadmin', secret)],
    ['an unsubstituted template', () => signIn('fdadmin', secret, '<%= context.admin_api_key %>')],
  ])('answers %s with 401 unauthorized', async (_name, send) => {
    await expectProblem(await send(), 401, 'unauthorized', secret)
  })

  it('answers a Freshdesk outage with 502 helpdesk_upstream and Retry-After, not a crash', async () => {
    await fdAccount('fdadmin').fault({ method: 'GET', path: 'agents/me', status: 503, times: 2 })
    const res = await signIn('fdadmin', secret, keys.apiKey)
    await expectProblem(res, 502, 'helpdesk_upstream', secret, keys.apiKey)
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0)
    // Once Freshdesk answers again, so does the sign-in.
    expect((await signIn('fdadmin', secret, keys.apiKey)).status).toBe(200)
  })

  it('passes Freshdesk’s own rate limit on as 429 with its Retry-After', async () => {
    await fdAccount('fdadmin').fault({ method: 'GET', path: 'agents/me', status: 429, retryAfter: 30 })
    const res = await signIn('fdadmin', secret, keys.apiKey)
    await expectProblem(res, 429, 'rate_limited', secret, keys.apiKey)
    expect(res.headers.get('retry-after')).toBe('30')
  })
})

describe('admin sign-in attempts', () => {
  it('are limited per account with 429 and Retry-After; another account keeps its budget', async () => {
    const secret = `install-secret-${crypto.randomUUID()}`
    const keys = await createSimAccount('fdadmin-limit')
    const other = await createSimAccount('fdadmin-limit-other')
    await register('fdadmin-limit', secret, keys.apiKey)
    await register('fdadmin-limit-other', secret, other.apiKey)
    const statuses: number[] = []
    // Windows are aligned to the clock: two windows' worth at most before the limit shows.
    for (let i = 0; i < 41 && !statuses.includes(429); i++)
      statuses.push((await signIn('fdadmin-limit', secret, 'wrongKeyNumber0001')).status)
    expect(statuses.at(-1)).toBe(429)
    expect(statuses.slice(0, -1).every((status) => status === 401)).toBe(true)
    const limited = await signIn('fdadmin-limit', secret, keys.apiKey)
    await expectProblem(limited, 429, 'rate_limited', secret)
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
    expect((await signIn('fdadmin-limit-other', secret, other.apiKey)).status).toBe(200)
  })
})
