import { SELF, env } from 'cloudflare:test'
import { beforeAll, describe, expect, it } from 'vitest'
import { createSecretBox } from '../../src/crypto/secret-box.ts'
import { createTenantsRepo } from '../../src/db/tenants-repo.ts'
import { freshdeskSimulatorUrl } from '../helpers/freshdesk-sim.ts'

const createSimAccount = async (account: string): Promise<string> => {
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
  expect(res.status).toBeLessThan(300)
  return (await res.json<{ apiKey: string }>()).apiKey
}

/** The headers a Freshdesk registration template fills from the iparams: no token, nothing signed. */
const register = (domain: string, secret: string, apiKey: string) =>
  SELF.fetch('https://worker.test/v1/tenants/register', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'X-Deskmate-Account': domain,
      'X-Deskmate-Install-Secret': secret,
      'X-Deskmate-Api-Token': apiKey,
    },
    body: JSON.stringify({ credentials: { helpdesk: 'freshdesk' }, installationId: '1' }),
  })

const storedSecret = (account: string) =>
  createTenantsRepo(env.DB, createSecretBox(env.ENCRYPTION_KEY)).readSecret(
    `freshdesk:${account}`,
    'shared_secret',
  )

describe('registering a Freshdesk installation through a request template', () => {
  const secret = `install-secret-${crypto.randomUUID()}`
  let apiKey: string
  beforeAll(async () => {
    apiKey = await createSimAccount('umbrella')
  })

  it('refuses an API key the account does not know and stores nothing', async () => {
    const res = await register('umbrella.freshdesk.com', secret, 'not-a-key')
    expect(res.status).toBeGreaterThanOrEqual(400)
    expect(res.status).toBeLessThan(500)
    expect(await storedSecret('umbrella')).toBeNull()
  })

  it('refuses a Zendesk account named in the header', async () => {
    const res = await register('umbrella.zendesk.com', secret, apiKey)
    expect(res.status).toBe(401)
  })

  it('registers with the admin API key; the templates then authenticate with the secret', async () => {
    expect((await register('umbrella.freshdesk.com', secret, apiKey)).status).toBe(200)
    expect(await storedSecret('umbrella')).toBe(secret)
    const settings = await SELF.fetch('https://worker.test/v1/settings', {
      headers: { 'X-Deskmate-Account': 'umbrella.freshdesk.com', 'X-Deskmate-Install-Secret': secret },
    })
    expect(settings.status).toBe(200)
  })

  it('does not let a template replace the stored secret (no admin token to prove it)', async () => {
    const res = await register('umbrella.freshdesk.com', `other-secret-${crypto.randomUUID()}`, apiKey)
    expect(res.status).toBe(403)
    expect((await res.json<{ code: string }>()).code).toBe('admin_required')
    expect(await storedSecret('umbrella')).toBe(secret)
  })
})
