import { env } from 'cloudflare:test'
import { beforeAll, describe, expect, it } from 'vitest'
import { demoRatings } from '../../../apps/workspace/src/sim-http/demo-ratings.ts'
import { createCsatRepo } from '../../src/db/csat-repo.ts'
import { pullSatisfactionRatings } from '../../src/services/analytics/pull-satisfaction.ts'
import { connectFreshdeskTenant } from '../helpers/freshdesk-sim.ts'
import { connectTenant, type ConnectedTenant } from '../helpers/zendesk-sim.ts'

const noWait = { sleep: async () => {} }
const RANGE = ['2000-01-01', '2999-12-31'] as const

/** The simulators' answered demo ratings; a ticket counts as auto-answered when its id is even. */
const answered = demoRatings(new Date()).filter((rating) => rating.score !== 'offered')
const isAuto = (ticketId: number): boolean => ticketId % 2 === 0
const expected = {
  auto: {
    good: answered.filter((r) => isAuto(r.ticketId) && r.score === 'good').length,
    bad: answered.filter((r) => isAuto(r.ticketId) && r.score === 'bad').length,
  },
  human: {
    good: answered.filter((r) => !isAuto(r.ticketId) && r.score === 'good').length,
    bad: answered.filter((r) => !isAuto(r.ticketId) && r.score === 'bad').length,
  },
}

/** Audits an automatic reply (or another decision) on a ticket of a tenant. */
const audit = (tenantId: string, ticketId: number, decision: string) =>
  env.DB.prepare(
    `INSERT INTO audit_log (id, tenant_id, ticket_id, event_key, mode, decision, reasons_json, allowed_json,
       engine, tokens, latency_ms, created_at)
     VALUES (?, ?, ?, ?, 'auto_reply', ?, '[]', '[]', 'local', 0, 1, '2026-11-01T00:00:00Z')`,
  ).bind(crypto.randomUUID(), tenantId, String(ticketId), `${ticketId}:created`, decision)

const auditDemo = async (tenantId: string): Promise<void> => {
  await env.DB.batch(
    answered.map((r) => audit(tenantId, r.ticketId, isAuto(r.ticketId) ? 'auto_replied' : 'escalated')),
  )
}

describe('pullSatisfactionRatings', () => {
  let zendesk: ConnectedTenant
  beforeAll(async () => {
    zendesk = await connectTenant('csat-zendesk')
    await auditDemo(zendesk.tenant.id)
  })

  it('stores Zendesk ratings as auto- or human-answered by the audit log, once however often read', async () => {
    const repo = createCsatRepo(env.DB, zendesk.tenant.id)
    expect(answered.length).toBeGreaterThan(40)
    expect(await pullSatisfactionRatings(env, zendesk.tenant.id, noWait)).toEqual({
      status: 'ok',
      stored: answered.length,
    })
    expect(await repo.counts(...RANGE)).toEqual(expected)
    // The simulator's times follow its own start: the cursor is its newest rating's.
    expect(await repo.readState()).toMatchObject({ status: 'ok', cursor: expect.stringMatching(/^20\d\d-/) })
    // The next pull starts at the newest rating read: it reads that one again and counts nothing twice.
    expect(await pullSatisfactionRatings(env, zendesk.tenant.id, noWait)).toEqual({ status: 'ok', stored: 1 })
    expect(await repo.counts(...RANGE)).toEqual(expected)
  })

  it('keeps each tenant’s ratings and auto-answered tickets apart (Freshdesk’s scale)', async () => {
    const freshdesk = await connectFreshdeskTenant('csat-freshdesk')
    // Every demo ticket was auto-answered in this tenant: none of it may leak into the Zendesk tenant.
    await env.DB.batch(answered.map((r) => audit(freshdesk.tenant.id, r.ticketId, 'auto_replied')))
    expect(await pullSatisfactionRatings(env, freshdesk.tenant.id, noWait)).toMatchObject({ status: 'ok' })
    const good = answered.filter((r) => r.score === 'good').length
    expect(await createCsatRepo(env.DB, freshdesk.tenant.id).counts(...RANGE)).toEqual({
      auto: { good, bad: answered.length - good },
      human: { good: 0, bad: 0 },
    })
    expect(await createCsatRepo(env.DB, zendesk.tenant.id).counts(...RANGE)).toEqual(expected)
  })

  it('records a helpdesk that refuses the ratings as having none, and keeps what it had on an error', async () => {
    const other = await connectTenant('csat-refused')
    await other.sim.fault({ path: 'satisfaction_ratings', status: 403, times: 1 })
    expect(await pullSatisfactionRatings(env, other.tenant.id, noWait)).toEqual({ status: 'unavailable' })
    expect(await createCsatRepo(env.DB, other.tenant.id).readState()).toMatchObject({ status: 'unavailable' })

    await zendesk.sim.fault({ path: 'satisfaction_ratings', status: 500, times: 10 })
    await expect(pullSatisfactionRatings(env, zendesk.tenant.id, noWait)).rejects.toMatchObject({
      code: 'helpdesk_upstream',
    })
    const repo = createCsatRepo(env.DB, zendesk.tenant.id)
    expect(await repo.readState()).toMatchObject({ status: 'ok', error: expect.stringContaining('500') })
    expect(await repo.counts(...RANGE)).toEqual(expected)
  })
})
