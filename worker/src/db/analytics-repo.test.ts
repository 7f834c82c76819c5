import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { seedTenant } from '../../test/helpers/tenants.ts'
import { analyticsIncrements, counterKey } from '../services/analytics/analytics-increments.ts'
import type { DecisionFacts } from '../services/analytics/decision-facts.ts'
import { createAnalyticsRepo } from './analytics-repo.ts'

const facts = (category: string): DecisionFacts => ({
  category,
  language: 'en',
  sentiment: 'negative',
  sentimentScore: -0.5,
  channel: 'email',
  sla: 'ok',
  articleIds: [],
})

describe('analytics repo', () => {
  it('adds each decision to its tenant’s day, one row per day, with hostile names kept as data', async () => {
    const acme = await seedTenant('analytics-repo-acme')
    const globex = await seedTenant('analytics-repo-globex')
    const repo = createAnalyticsRepo(env.DB, acme.tenant.id)
    const hostile = `x"); DROP TABLE audit_log; --`
    const day = new Date('2026-11-02T10:00:00Z')
    await env.DB.batch([
      repo.incrementStatement(
        analyticsIncrements({ decision: 'escalated', reasons: [], tokens: 0, facts: facts(hostile) }),
        day,
      ),
      repo.incrementStatement(
        analyticsIncrements({
          decision: 'escalated',
          reasons: [{ code: 'vip_requester', message: '' }],
          tokens: 120,
          facts: facts('billing'),
        }),
        new Date('2026-11-02T23:59:00Z'),
      ),
      repo.incrementStatement(
        analyticsIncrements({ decision: 'auto_replied', reasons: [], tokens: 30 }),
        new Date('2026-11-03T01:00:00Z'),
      ),
      createAnalyticsRepo(env.DB, globex.tenant.id).incrementStatement(
        analyticsIncrements({ decision: 'failed', reasons: [], tokens: 0 }),
        day,
      ),
    ])
    const days = await repo.range('2026-11-01', '2026-11-30')
    expect(days.map((d) => d.day)).toEqual(['2026-11-02', '2026-11-03'])
    expect(days[0]?.counters).toMatchObject({
      decisions: 2,
      'decision:escalated': 2,
      'reason:vip_requester': 1,
      'category:billing': 1,
      [`category:${counterKey(hostile)}`]: 1,
      analysed: 2,
      sentimentScore: -1000,
      tokens: 120,
    })
    expect(counterKey(hostile)).toBe('x____DROP_TABLE_audit_log__--')
    expect(days[1]?.counters).toEqual({ decisions: 1, 'decision:auto_replied': 1, tokens: 30 })
    expect(await repo.range('2026-11-03', '2026-11-03')).toHaveLength(1)
    const other = await createAnalyticsRepo(env.DB, globex.tenant.id).range('2026-11-01', '2026-11-30')
    expect(other).toEqual([{ day: '2026-11-02', counters: { decisions: 1, 'decision:failed': 1 } }])
  })
})
