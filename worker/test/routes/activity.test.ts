import { SELF, env } from 'cloudflare:test'
import type { ActivityResponse } from '@deskmate/shared'
import { beforeAll, describe, expect, it } from 'vitest'
import { createAuditRepo } from '../../src/db/audit-repo.ts'
import { seedTenant, type SeededTenant } from '../helpers/tenants.ts'

describe('GET /v1/activity', () => {
  let acme: SeededTenant
  let globex: SeededTenant
  beforeAll(async () => {
    acme = await seedTenant('acme')
    globex = await seedTenant('globex')
    const entry = {
      ticketId: '42',
      eventKey: 'evt-1',
      mode: 'draft_note',
      decision: 'escalated' as const,
      reasons: [{ code: 'sensitive_legal_threat', message: 'Mentions legal action' }],
      engine: 'local',
      tokens: 0,
      latencyMs: 12,
    }
    await createAuditRepo(env.DB, acme.tenant.id).insertStatement(entry, new Date()).run()
    await createAuditRepo(env.DB, acme.tenant.id)
      .insertStatement({ ...entry, ticketId: '43', eventKey: 'evt-2' }, new Date())
      .run()
  })

  const get = async (headers: Record<string, string>, query = '') =>
    SELF.fetch(`https://worker.test/v1/activity${query}`, { headers })
  const activity = async (who: SeededTenant, query = '') =>
    (await get(await who.adminAuth(), query)).json<ActivityResponse>()

  it('lists the tenant’s decisions with reasons and counters for an admin', async () => {
    const body = await activity(acme)
    expect(body.items).toHaveLength(2)
    expect(body.items[0]?.reasons[0]?.code).toBe('sensitive_legal_threat')
    expect(body.counters).toEqual({ escalated: 2 })
  })

  it('filters by ticket', async () => {
    const body = await activity(acme, '?ticketId=43')
    expect(body.items.map((i) => i.ticketId)).toEqual(['43'])
  })

  it('lets an agent read one ticket’s decisions, without the account’s counters', async () => {
    const res = await get(await acme.auth(), '?ticketId=42')
    expect(res.status).toBe(200)
    const body = await res.json<ActivityResponse>()
    expect(body.items.map((i) => i.ticketId)).toEqual(['42'])
    expect(body.counters).toEqual({})
  })

  it.each([
    ['the whole log', ''],
    ['an empty ticket filter', '?ticketId='],
    ['an empty first ticket filter', '?ticketId=&ticketId=42'],
  ])('refuses an agent %s with 403 admin_required', async (_name, query) => {
    const res = await get(await acme.auth(), query)
    expect(res.status).toBe(403)
    expect(res.headers.get('content-type')).toContain('application/problem+json')
    expect((await res.json<{ code: string }>()).code).toBe('admin_required')
  })

  it('is empty for another tenant', async () => {
    expect(await activity(globex)).toEqual({ items: [], counters: {} })
  })

  it('rejects a bad limit', async () => {
    expect((await get(await acme.adminAuth(), '?limit=0')).status).toBe(400)
  })
})
