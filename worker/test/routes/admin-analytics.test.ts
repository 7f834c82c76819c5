import { SELF, env } from 'cloudflare:test'
import type { AnalyticsResponse, KnowledgeGapsResponse } from '@deskmate/shared'
import { beforeAll, describe, expect, it } from 'vitest'
import { createAnalyticsRepo } from '../../src/db/analytics-repo.ts'
import { createKnowledgeGapsRepo } from '../../src/db/knowledge-gaps-repo.ts'
import { analyticsIncrements } from '../../src/services/analytics/analytics-increments.ts'
import type { DecisionFacts } from '../../src/services/analytics/decision-facts.ts'
import { seedTenant, type SeededTenant } from '../helpers/tenants.ts'

const url = (path: string) => `https://worker.test${path}`

const facts = (over: Partial<DecisionFacts> = {}): DecisionFacts => ({
  category: 'billing',
  language: 'en',
  sentiment: 'neutral',
  sentimentScore: 0,
  channel: 'email',
  sla: 'ok',
  articleIds: [],
  ...over,
})

describe('GET /v1/admin/analytics and /v1/admin/knowledge-gaps', () => {
  let acme: SeededTenant
  let globex: SeededTenant
  beforeAll(async () => {
    acme = await seedTenant('analytics-acme')
    globex = await seedTenant('analytics-globex')
    const repo = createAnalyticsRepo(env.DB, acme.tenant.id)
    const add = (at: string, entry: Parameters<typeof analyticsIncrements>[0]) =>
      repo.incrementStatement(analyticsIncrements(entry), new Date(at))
    await env.DB.batch([
      add('2026-11-01T09:00:00Z', {
        decision: 'auto_replied',
        reasons: [],
        tokens: 1000,
        facts: facts({ articleIds: ['a1'], sentimentScore: 0.5 }),
      }),
      add('2026-11-01T10:00:00Z', {
        decision: 'escalated',
        reasons: [{ code: 'low_retrieval_confidence', message: '' }],
        tokens: 0,
        facts: facts({ category: 'shipping', language: 'fr', sla: 'breached', sentimentScore: -0.5 }),
      }),
      add('2026-11-02T10:00:00Z', { decision: 'draft_noted', reasons: [], tokens: 3000, facts: facts() }),
      add('2026-12-15T10:00:00Z', { decision: 'escalated', reasons: [], tokens: 0 }),
      createAnalyticsRepo(env.DB, globex.tenant.id).incrementStatement(
        analyticsIncrements({ decision: 'failed', reasons: [], tokens: 0 }),
        new Date('2026-11-01T10:00:00Z'),
      ),
    ])
    const gaps = createKnowledgeGapsRepo(env.DB, acme.tenant.id)
    const subjects = ['Carbon offset certificate', 'Need a carbon offset certificate', 'Pallet size limits']
    for (const [i, subject] of subjects.entries()) {
      await gaps.recordStatement({ ticketId: String(500 + i), subject, excerpt: subject }, new Date()).run()
    }
  })

  const get = async <T>(path: string, who = acme) => {
    const res = await SELF.fetch(url(path), { headers: await who.adminAuth() })
    expect(res.status).toBe(200)
    return res.json<T>()
  }

  it('sums the range’s daily counters for the tenant', async () => {
    const body = await get<AnalyticsResponse>('/v1/admin/analytics?from=2026-11-01&to=2026-11-30')
    expect(body.totals).toMatchObject({ decisions: 3, autoReplied: 1, draftNoted: 1, escalated: 1 })
    expect(body.totals.automationRate).toBeCloseTo(1 / 3)
    expect(body.series.map((d) => [d.day, d.decisions])).toEqual([
      ['2026-11-01', 2],
      ['2026-11-02', 1],
    ])
    expect(body.series[0]?.sentiment).toBe(0)
    expect(body.reasons).toEqual([{ key: 'low_retrieval_confidence', count: 1 }])
    expect(body.categories).toEqual([
      { key: 'billing', count: 2 },
      { key: 'shipping', count: 1 },
    ])
    expect(body.sla).toEqual({ measured: 3, atRisk: 0, breached: 1, compliance: 2 / 3 })
    expect(body.articles).toEqual([{ id: 'a1', title: null, count: 1 }])
    expect(body.llm.tokens).toBe(4000)
    expect(body.llm.tokensPer1000Tickets).toBeCloseTo(4000 * (1000 / 3))
    expect(body.timeSaved.minutes).toBe(
      body.timeSaved.minutesPerAutoReply + body.timeSaved.minutesPerDraftNote,
    )
    expect(body.csat).toBeNull()
    const other = await get<AnalyticsResponse>('/v1/admin/analytics?from=2026-11-01&to=2026-11-30', globex)
    expect(other.totals).toMatchObject({ decisions: 1, failed: 1 })
  })

  it.each([['from=2026-12-01&to=2026-11-01'], ['from=2025-01-01&to=2026-11-30'], ['from=yesterday']])(
    'refuses the range %s with a problem',
    async (query) => {
      const res = await SELF.fetch(url(`/v1/admin/analytics?${query}`), { headers: await acme.adminAuth() })
      expect(res.status).toBe(400)
      expect(res.headers.get('content-type')).toContain('application/problem+json')
    },
  )

  it('clusters the recent unanswered tickets', async () => {
    const body = await get<KnowledgeGapsResponse>('/v1/admin/knowledge-gaps')
    expect(body.tickets).toBe(3)
    expect(body.gaps).toHaveLength(1)
    expect(body.gaps[0]?.size).toBe(2)
    expect(body.gaps[0]?.terms).toEqual(expect.arrayContaining(['carbon', 'offset']))
    expect(body.gaps[0]?.examples.map((e) => e.ticketId).sort()).toEqual(['500', '501'])
    expect((await get<KnowledgeGapsResponse>('/v1/admin/knowledge-gaps', globex)).tickets).toBe(0)
  })

  it.each(['/v1/admin/analytics', '/v1/admin/knowledge-gaps'])('refuses an agent %s', async (path) => {
    const res = await SELF.fetch(url(path), { headers: await acme.auth() })
    expect(res.status).toBe(403)
  })
})
