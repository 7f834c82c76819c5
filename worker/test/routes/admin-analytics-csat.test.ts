import { SELF, env } from 'cloudflare:test'
import type { AnalyticsResponse } from '@deskmate/shared'
import { beforeAll, describe, expect, it } from 'vitest'
import { createCsatRepo } from '../../src/db/csat-repo.ts'
import { CSAT_REFRESH_MS, readCsat } from '../../src/services/analytics/read-csat.ts'
import { seedTenant, type SeededTenant } from '../helpers/tenants.ts'
import { waitFor } from '../helpers/zendesk-sim.ts'

const url = (path: string) => `https://worker.test${path}`
const PULLED_AT = '2026-12-01T08:00:00.000Z'

const autoReplied = (tenantId: string, ticketId: string) =>
  env.DB.prepare(
    `INSERT INTO audit_log (id, tenant_id, ticket_id, event_key, mode, decision, reasons_json, allowed_json,
       engine, tokens, latency_ms, created_at)
     VALUES (?, ?, ?, ?, 'auto_reply', 'auto_replied', '[]', '[]', 'local', 0, 1, '2026-11-01T00:00:00Z')`,
  ).bind(crypto.randomUUID(), tenantId, ticketId, `${ticketId}:created`)

const analytics = async (who: SeededTenant, query = 'from=2026-11-01&to=2026-11-30') => {
  const res = await SELF.fetch(url(`/v1/admin/analytics?${query}`), { headers: await who.adminAuth() })
  expect(res.status).toBe(200)
  return res.json<AnalyticsResponse>()
}

describe('GET /v1/admin/analytics: CSAT', () => {
  let rated: SeededTenant
  let other: SeededTenant
  beforeAll(async () => {
    rated = await seedTenant('csat-rated')
    other = await seedTenant('csat-other')
    const repo = createCsatRepo(env.DB, rated.tenant.id)
    await env.DB.batch([autoReplied(rated.tenant.id, '11'), autoReplied(rated.tenant.id, '12')])
    const ratings = [
      { ratingId: 'r1', ticketId: '11', day: '2026-11-02', good: true },
      { ratingId: 'r2', ticketId: '12', day: '2026-11-03', good: true },
      { ratingId: 'r3', ticketId: '12', day: '2026-11-03', good: false },
      { ratingId: 'r4', ticketId: '20', day: '2026-11-04', good: false },
      { ratingId: 'r5', ticketId: '21', day: '2026-11-04', good: true },
      { ratingId: 'r6', ticketId: '22', day: '2026-12-04', good: true },
    ]
    // The ratings are fresh: reading the analytics queues no pull that could change them under the test.
    await env.DB.batch([
      ...ratings.map((rating) => repo.upsertStatement(rating)),
      ...repo.recountStatements(ratings.map((rating) => rating.ratingId)),
      repo.finishStatement({ status: 'ok', cursor: '2026-12-04T00:00:00Z' }, new Date(PULLED_AT)),
    ])
    await repo.claimPull(new Date(), new Date(0))
  })

  it('compares auto-answered and human-answered tickets over the range, for the tenant only', async () => {
    const body = await analytics(rated)
    expect(body.csat).toEqual({
      auto: { good: 2, bad: 1, rate: 2 / 3 },
      human: { good: 1, bad: 1, rate: 0.5 },
      updatedAt: PULLED_AT,
    })
    expect((await analytics(rated, 'from=2026-12-01&to=2026-12-31')).csat).toEqual({
      auto: { good: 0, bad: 0, rate: null },
      human: { good: 1, bad: 0, rate: 1 },
      updatedAt: PULLED_AT,
    })
    expect((await analytics(other)).csat).toBeNull()
  })

  it('counts a rating read twice once, with its latest score, on the day first read', async () => {
    const repo = createCsatRepo(env.DB, rated.tenant.id)
    await env.DB.batch([
      repo.upsertStatement({ ratingId: 'r4', ticketId: '20', day: '2026-11-05', good: true }),
      ...repo.recountStatements(['r4']),
    ])
    expect((await analytics(rated)).csat?.human).toEqual({ good: 2, bad: 0, rate: 1 })
  })

  it('queues one pull when none was asked for within the refresh time, and answers without waiting', async () => {
    const fresh = await seedTenant('csat-fresh')
    const repo = createCsatRepo(env.DB, fresh.tenant.id)
    expect((await analytics(fresh)).csat).toBeNull()
    const { requestedAt } = await repo.readState()
    expect(requestedAt).not.toBeNull()
    await analytics(fresh)
    expect((await repo.readState()).requestedAt).toBe(requestedAt)
    expect(await repo.claimPull(new Date(), new Date(Date.now() - CSAT_REFRESH_MS))).toBe(false)
    // The queue ran the pull: this tenant registered no helpdesk API user, so it has no ratings to read.
    await waitFor(async () => (await repo.readState()).status === 'unavailable')
  })

  it('answers the stored figures when the pull cannot be queued', async () => {
    const down = await seedTenant('csat-queue-down')
    const JOBS = {
      send: async () => {
        throw new Error('queue unavailable')
      },
    } as unknown as Queue
    expect(
      await readCsat({ ...env, JOBS }, down.tenant.id, { from: '2026-11-01', to: '2026-11-30' }),
    ).toBeNull()
  })
})
