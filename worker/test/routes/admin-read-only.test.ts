import { SELF, env } from 'cloudflare:test'
import type { Settings } from '@deskmate/shared'
import { beforeAll, describe, expect, it } from 'vitest'
import { connectTenant, type ConnectedTenant } from '../helpers/zendesk-sim.ts'

const worker = 'https://worker.test'

/** The session the console page carries for a user of the account, and the role it names. */
const openConsole = async (who: ConnectedTenant, role: 'admin' | 'agent') => {
  const res = await SELF.fetch(`${worker}/admin`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ token: await who.sim.appToken({ role }) }).toString(),
  })
  const page = await res.text()
  return {
    status: res.status,
    session: /name="deskmate-admin-session" content="([^"]+)"/.exec(page)?.[1] ?? '',
    role: /name="deskmate-console-role" content="([^"]+)"/.exec(page)?.[1],
  }
}

describe('the console’s read-only view for agents', () => {
  let acme: ConnectedTenant
  let viewer: string
  beforeAll(async () => {
    acme = await connectTenant('read-only-acme', { mode: 'draft_note' })
    const opened = await openConsole(acme, 'agent')
    expect(opened).toMatchObject({ status: 200, role: 'viewer' })
    viewer = opened.session
  })

  const call = (method: string, path: string, body?: unknown) =>
    SELF.fetch(`${worker}${path}`, {
      method,
      headers: { Authorization: `Bearer ${viewer}`, 'Content-Type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    })

  it('reads the settings, which the design lets agents read', async () => {
    const res = await call('GET', '/v1/settings')
    expect(res.status).toBe(200)
    expect((await res.json<Settings>()).mode).toBe('draft_note')
  })

  it('reaches no admin read: history, activity log, dry run, knowledge, groups, training', async () => {
    for (const [method, path] of [
      ['GET', '/v1/settings/history'],
      ['GET', '/v1/admin/activity'],
      ['GET', '/v1/admin/knowledge'],
      ['GET', '/v1/admin/groups'],
      ['GET', '/v1/admin/training'],
      ['GET', '/v1/activity'],
    ] as const) {
      const res = await call(method, path)
      expect([path, res.status]).toEqual([path, 403])
    }
  })

  it('changes nothing: settings, training, dry run, sync are refused and nothing is written', async () => {
    const snapshot = () =>
      env.DB.batch([
        env.DB.prepare('SELECT settings_json, version FROM tenants WHERE id = ?').bind(acme.tenant.id),
        env.DB.prepare('SELECT COUNT(*) AS n FROM audit_log WHERE tenant_id = ?').bind(acme.tenant.id),
        env.DB.prepare('SELECT COUNT(*) AS n FROM model_versions WHERE tenant_id = ?').bind(acme.tenant.id),
      ])
    const before = (await snapshot()).map((result) => result.results)
    for (const [method, path, body] of [
      ['PUT', '/v1/settings', { mode: 'auto_reply' }],
      ['POST', '/v1/admin/training', { source: { kind: 'tags' } }],
      ['POST', '/v1/admin/training/rollback', {}],
      ['POST', '/v1/admin/dry-run', { limit: 5 }],
      ['POST', '/v1/kb/sync', {}],
    ] as const) {
      const res = await call(method, path, body)
      expect([path, res.status]).toEqual([path, 403])
    }
    expect((await snapshot()).map((result) => result.results)).toEqual(before)
  })

  it('still gives an administrator the full console', async () => {
    const opened = await openConsole(acme, 'admin')
    expect(opened).toMatchObject({ status: 200, role: 'admin' })
    const res = await SELF.fetch(`${worker}/v1/settings/history`, {
      headers: { Authorization: `Bearer ${opened.session}` },
    })
    expect(res.status).toBe(200)
  })
})
