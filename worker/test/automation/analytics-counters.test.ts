import { env } from 'cloudflare:test'
import { beforeAll, describe, expect, it } from 'vitest'
import { createAnalyticsRepo } from '../../src/db/analytics-repo.ts'
import { createAuditRepo } from '../../src/db/audit-repo.ts'
import { createKnowledgeGapsRepo } from '../../src/db/knowledge-gaps-repo.ts'
import { processTicketEvent } from '../../src/services/automation/process-ticket-event.ts'
import { seedSampleKb } from '../helpers/kb.ts'
import { connectTenant, jobFor, type ConnectedTenant, type SimNewTicket } from '../helpers/zendesk-sim.ts'

const noWait = { sleep: async () => {} }

const FORGOT_PASSWORD: SimNewTicket = {
  subject: 'Forgot my password',
  body: 'Hello, I forgot my password and cannot log in. How do I reset my password?',
  channel: 'email',
  requester: { name: 'Emma Clarke', email: 'emma@example.com' },
}
const UNANSWERED: SimNewTicket = {
  subject: 'Carbon offset certificate for our shipment',
  body: 'Can you send the carbon offset certificate for our last freight shipment? Write to ops@example.com.',
  channel: 'web',
  requester: { name: 'Ines Park', email: 'ines@example.com' },
}

const today = () => new Date().toISOString().slice(0, 10)

describe('analytics counters kept with the audit log', () => {
  let who: ConnectedTenant
  beforeAll(async () => {
    who = await connectTenant('analytics-counters', { mode: 'auto_reply' })
    await seedSampleKb(who)
    for (const ticket of [FORGOT_PASSWORD, UNANSWERED]) {
      const created = await who.sim.createTicket(ticket)
      expect(await processTicketEvent(env, jobFor(who, created.id), noWait)).toBe('done')
    }
  })

  it('counts each audited decision in the day’s counters, with its facts', async () => {
    const audit = await createAuditRepo(env.DB, who.tenant.id).list({ limit: 10 })
    const [day] = await createAnalyticsRepo(env.DB, who.tenant.id).range(today(), today())
    expect(day?.counters.decisions).toBe(audit.length)
    expect(day?.counters['decision:auto_replied']).toBe(1)
    expect(day?.counters['decision:escalated']).toBe(1)
    expect(day?.counters['reason:low_retrieval_confidence']).toBe(1)
    expect(day?.counters['channel:email']).toBe(1)
    expect(day?.counters['channel:web']).toBe(1)
    expect(day?.counters['language:en']).toBe(2)
    expect(Object.keys(day?.counters ?? {}).filter((key) => key.startsWith('article:'))).toHaveLength(1)
  })

  it('keeps the unanswered ticket, redacted, for the knowledge gaps', async () => {
    const gaps = await createKnowledgeGapsRepo(env.DB, who.tenant.id).recent(new Date(0), 10)
    expect(gaps.map((gap) => gap.subject)).toEqual([UNANSWERED.subject])
    expect(gaps[0]?.excerpt).toContain('[email]')
    expect(gaps[0]?.excerpt).not.toContain('ops@example.com')
  })
})
