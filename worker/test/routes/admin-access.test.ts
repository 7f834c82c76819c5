import { SELF, env } from 'cloudflare:test'
import type { Settings } from '@deskmate/shared'
import { beforeAll, describe, expect, it } from 'vitest'
import { signAdminSession } from '../../src/http/admin-session.ts'
import { seedTenant, signAppToken, type SeededTenant } from '../helpers/tenants.ts'

const url = (path: string) => `https://worker.test${path}`

const examples = Array.from({ length: 12 }, (_, i) => ({
  text: i % 2 ? `Where is my invoice number ${i}?` : `I cannot log in, attempt ${i}`,
  label: i % 2 ? 'billing' : 'account_login',
}))
const article = { id: 'phish', title: 'Reset', body: 'Go to https://evil.example/login', locale: 'en' }

/** Every operation only an admin may perform, with a body that an admin gets a 2xx for. */
const ADMIN_OPERATIONS: Array<[string, string, string?, string?]> = [
  ['PUT', '/v1/settings', JSON.stringify({ mode: 'auto_reply', vipTags: [] })],
  ['PUT', '/v1/kb/articles', JSON.stringify({ articles: [article] })],
  ['POST', '/v1/kb/articles/import', JSON.stringify([{ ...article, id: 'phish-2' }])],
  ['DELETE', '/v1/kb/articles/kept'],
  ['POST', '/v1/kb/sync'],
  ['GET', '/v1/kb/sync'],
  ['POST', '/v1/models/train', JSON.stringify({ target: 'category', examples })],
  ['GET', '/v1/activity'],
  ['GET', '/v1/settings/history'],
  ['GET', '/v1/admin/knowledge'],
  ['GET', '/v1/admin/knowledge/articles?q=reset'],
  ['GET', '/v1/admin/analytics'],
  ['GET', '/v1/admin/knowledge-gaps'],
]

const call = (method: string, path: string, headers: Record<string, string>, body?: string) =>
  SELF.fetch(url(path), { method, headers, ...(body === undefined ? {} : { body }) })

/** What an admin operation could have changed for a tenant. */
const snapshot = async (tenantId: string) => ({
  tenant: await env.DB.prepare('SELECT settings_json, anthropic_key_enc FROM tenants WHERE id = ?')
    .bind(tenantId)
    .first(),
  articles: (
    await env.DB.prepare('SELECT id, title, body FROM kb_articles WHERE tenant_id = ? ORDER BY id')
      .bind(tenantId)
      .all()
  ).results,
  models: (await env.DB.prepare('SELECT target FROM models WHERE tenant_id = ?').bind(tenantId).all())
    .results,
})

describe('admin operations', () => {
  let acme: SeededTenant
  let globex: SeededTenant
  beforeAll(async () => {
    acme = await seedTenant('acme')
    globex = await seedTenant('globex')
    for (const who of [acme, globex]) {
      const res = await call(
        'PUT',
        '/v1/kb/articles',
        await who.adminAuth(),
        JSON.stringify({ articles: [{ ...article, id: 'kept', body: 'Open Settings.' }] }),
      )
      expect(res.status).toBe(200)
    }
  })

  it.each(ADMIN_OPERATIONS)(
    '%s %s refuses an agent’s app token with 403 admin_required and writes nothing',
    async (method, path, body) => {
      const before = await snapshot(acme.tenant.id)
      const res = await call(method, path, await acme.auth(), body)
      expect(res.status).toBe(403)
      expect(res.headers.get('content-type')).toContain('application/problem+json')
      expect((await res.json<{ code: string }>()).code).toBe('admin_required')
      expect(await snapshot(acme.tenant.id)).toEqual(before)
    },
  )

  it('refuses an agent token whose browser-written claims say admin', async () => {
    const headers = await acme.auth({ role: 'admin', admin: true, sub: '900' })
    const res = await call('PUT', '/v1/settings', headers, JSON.stringify({ mode: 'auto_reply' }))
    expect(res.status).toBe(403)
    const settings = await (await call('GET', '/v1/settings', await acme.auth())).json<Settings>()
    expect(settings.mode).toBe('draft_note')
  })

  // POST /v1/kb/sync with an admin session is covered against the simulator (test/automation/kb-sync.test.ts).
  const accepted = ADMIN_OPERATIONS.filter(([method, path]) => `${method} ${path}` !== 'POST /v1/kb/sync')
  it.each(accepted)('%s %s accepts the tenant’s admin session', async (method, path, body) => {
    const res = await call(method, path, await globex.adminAuth(), body)
    expect(res.status).toBeLessThan(300)
  })

  it('applies an admin session to its own tenant only', async () => {
    const res = await call('PUT', '/v1/settings', await acme.adminAuth(), JSON.stringify({ mode: 'off' }))
    expect(res.status).toBe(200)
    const acmeSettings = await (await call('GET', '/v1/settings', await acme.auth())).json<Settings>()
    const globexSettings = await (await call('GET', '/v1/settings', await globex.auth())).json<Settings>()
    expect(acmeSettings.mode).toBe('off')
    expect(globexSettings.mode).toBe('auto_reply')
  })

  it('keeps agents on the sidebar’s operations with an admin session as well', async () => {
    const ticket = { subject: 'Forgot my password', body: 'I cannot log in' }
    for (const headers of [await acme.auth(), await acme.adminAuth()]) {
      const res = await call('POST', '/v1/tickets/analyze', headers, JSON.stringify({ ticket }))
      expect(res.status).toBe(200)
    }
  })
})

describe('admin sessions', () => {
  let acme: SeededTenant
  beforeAll(async () => {
    acme = await seedTenant('initech')
  })

  const putMode = (token: string) =>
    call(
      'PUT',
      '/v1/settings',
      { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      JSON.stringify({ mode: 'auto_reply' }),
    )
  const session = async (now = new Date(), tenantId = acme.tenant.id) =>
    (await signAdminSession(env.ENCRYPTION_KEY, { tenantId, userId: '900', name: null }, now)).token

  it('refuses a session relabelled for another tenant, while the original works', async () => {
    const other = await seedTenant('umbrella')
    const token = await session()
    const [header, payload, signature] = token.split('.')
    const claims = JSON.parse(atob(payload!.replace(/-/g, '+').replace(/_/g, '/'))) as Record<string, unknown>
    const relabelled = btoa(JSON.stringify({ ...claims, tid: other.tenant.id }))
      .replace(/=+$/, '')
      .replace(/\+/g, '-')
      .replace(/\//g, '_')
    expect((await putMode(`${header}.${relabelled}.${signature}`)).status).toBe(401)
    expect((await putMode(token)).status).toBe(200)
  })

  it('refuses a session signed with the installation’s shared secret (which every agent’s proxy uses)', async () => {
    const forged = await signAppToken(acme.sharedSecret, {
      iss: 'deskmate',
      aud: 'deskmate-admin',
      tid: acme.tenant.id,
      sub: '900',
    })
    expect((await putMode(forged)).status).toBe(401)
    expect((await putMode(await session())).status).toBe(200)
  })

  it('refuses an expired session with token_expired', async () => {
    const res = await putMode(await session(new Date(Date.now() - 2 * 3600_000)))
    expect(res.status).toBe(401)
    expect((await res.json<{ code: string }>()).code).toBe('token_expired')
    expect((await putMode(await session())).status).toBe(200)
  })

  it('refuses a session for a tenant that does not exist, while an existing tenant’s works', async () => {
    expect((await putMode(await session(new Date(), 'zendesk:nobody'))).status).toBe(401)
    expect((await putMode(await session())).status).toBe(200)
  })
})
