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

  const activity = async (who: SeededTenant, query = '') =>
    (
      await SELF.fetch(`https://worker.test/v1/activity${query}`, { headers: await who.auth() })
    ).json<ActivityResponse>()

  it('lists the tenant’s decisions with reasons and counters', async () => {
    const body = await activity(acme)
    expect(body.items).toHaveLength(2)
    expect(body.items[0]?.reasons[0]?.code).toBe('sensitive_legal_threat')
    expect(body.counters).toEqual({ escalated: 2 })
  })

  it('filters by ticket', async () => {
    const body = await activity(acme, '?ticketId=43')
    expect(body.items.map((i) => i.ticketId)).toEqual(['43'])
  })

  it('is empty for another tenant', async () => {
    expect(await activity(globex)).toEqual({ items: [], counters: {} })
  })

  it('rejects a bad limit', async () => {
    const res = await SELF.fetch('https://worker.test/v1/activity?limit=0', { headers: await acme.auth() })
    expect(res.status).toBe(400)
  })
})
