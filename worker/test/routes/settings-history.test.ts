import { SELF, env } from 'cloudflare:test'
import type { ActivityResponse, SettingsHistoryResponse } from '@deskmate/shared'
import { beforeAll, describe, expect, it } from 'vitest'
import { createAuditRepo } from '../../src/db/audit-repo.ts'
import { seedTenant, type SeededTenant } from '../helpers/tenants.ts'

const url = (path: string) => `https://worker.test${path}`
const ANTHROPIC_KEY = 'sk-ant-test-0123456789abcdef'

describe('settings changes are audited', () => {
  let acme: SeededTenant
  let globex: SeededTenant
  beforeAll(async () => {
    acme = await seedTenant('history-acme')
    globex = await seedTenant('history-globex')
  })

  const put = async (body: unknown, headers: Record<string, string>) =>
    SELF.fetch(url('/v1/settings'), { method: 'PUT', headers, body: JSON.stringify(body) })
  const history = async (who = acme) => {
    const res = await SELF.fetch(url('/v1/settings/history'), { headers: await who.adminAuth() })
    expect(res.status).toBe(200)
    return (await res.json<SettingsHistoryResponse>()).items
  }

  it('records who changed which field, when, before → after', async () => {
    const started = Date.now()
    const res = await put({ mode: 'auto_reply', retrievalThreshold: 0.75 }, await acme.adminAuth())
    expect(res.status).toBe(200)
    const [latest] = await history()
    expect(latest?.changedBy).toEqual({ userId: '900', name: 'Alex Admin' })
    expect(Date.parse(latest?.changedAt ?? '')).toBeGreaterThanOrEqual(started - 1000)
    expect(latest?.changes).toEqual([
      { field: 'mode', before: 'draft_note', after: 'auto_reply' },
      { field: 'retrievalThreshold', before: 0.6, after: 0.75 },
    ])
  })

  it('lists the newest change first and records nothing for an update that changes nothing', async () => {
    await put({ mode: 'off' }, await acme.adminAuth())
    await put({ mode: 'off' }, await acme.adminAuth())
    const items = await history()
    expect(items[0]?.changes).toEqual([{ field: 'mode', before: 'auto_reply', after: 'off' }])
    expect(items[1]?.changes[0]).toMatchObject({ field: 'mode', after: 'auto_reply' })
    expect(items).toHaveLength(2)
  })

  it('says a key was set without ever holding it', async () => {
    await put({ anthropicApiKey: ANTHROPIC_KEY }, await acme.adminAuth())
    const [latest] = await history()
    expect(latest?.changes).toEqual([{ field: 'anthropicKeyConfigured', before: false, after: true }])
    const rows = await env.DB.prepare('SELECT reasons_json, allowed_json FROM audit_log').all()
    expect(JSON.stringify(rows.results)).not.toContain(ANTHROPIC_KEY)
  })

  it('refuses an agent with 403: no change, no record, no history', async () => {
    const before = await history()
    const res = await put({ mode: 'auto_reply' }, await acme.auth())
    expect(res.status).toBe(403)
    expect((await res.json<{ code: string }>()).code).toBe('admin_required')
    const read = await SELF.fetch(url('/v1/settings/history'), { headers: await acme.auth() })
    expect(read.status).toBe(403)
    expect(await history()).toEqual(before)
  })

  it('records nothing for an invalid update', async () => {
    const before = await history()
    const res = await put({ allowedCategories: ['astrology'] }, await acme.adminAuth())
    expect(res.status).toBe(400)
    expect(await history()).toEqual(before)
  })

  it('keeps tenants apart', async () => {
    expect(await history(globex)).toEqual([])
  })

  it('keeps settings changes out of the decisions log and its counters', async () => {
    const res = await SELF.fetch(url('/v1/activity'), { headers: await acme.adminAuth() })
    const activity = await res.json<ActivityResponse>()
    expect(activity.items).toEqual([])
    expect(activity.counters).toEqual({})
    expect(await createAuditRepo(env.DB, acme.tenant.id).countSince(new Date(0))).toEqual({})
  })
})
