import { createMessageBatch, env } from 'cloudflare:test'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { consumeJobs } from '../../src/queue/consume-jobs.ts'
import { processTicketEvent } from '../../src/services/automation/process-ticket-event.ts'
import { countD1 } from '../helpers/count-d1.ts'
import { seedSampleKb } from '../helpers/kb.ts'
import { connectTenant, jobFor, type ConnectedTenant } from '../helpers/zendesk-sim.ts'

const noWait = { sleep: async () => {} }

describe('D1 round trips of one ticket event', () => {
  let who: ConnectedTenant
  let counter: ReturnType<typeof countD1> | null = null
  beforeAll(async () => {
    who = await connectTenant('d1-calls', { mode: 'auto_reply' })
    await seedSampleKb(who)
  })
  afterEach(() => counter?.restore())

  it('counts a statement and a batch as one round trip each', async () => {
    counter = countD1(env.DB)
    await counter.db.prepare('SELECT 1').first()
    await counter.db.batch([counter.db.prepare('SELECT 1'), counter.db.prepare('SELECT 2')])
    expect(counter.calls()).toBe(2)
  })

  // Round trips. Before: tenant, claim, API token, usage, models, 2 KB searches, draft articles, plan, quota,
  // finish (11 answered, 10 escalated). Now the tenant, token, claim and usage share one batch, the models are read
  // only when this isolate's copy is behind the tenant's (here it is current), and the plan record shares one with
  // the update's quota slot: start, KB search, [draft articles], plan, finish.
  // Statements, each with a fixed cost in D1 (and D1 bills per statement). Before: the start read today's usage
  // apart from the claim, every reservation and every gap ticket ran a prune statement, and the finish added
  // zero auto-replies to the usage (13 answered as a draft note, 14 escalated), and each KB search was two
  // statements (the ticket's language, then any). Now: start 2 (tenant, claim with the usage), KB 1 [+1 draft
  // articles], plan 2 (record, quota slot), finish 3 (event, audit, counters) [+1 usage for a public reply, +1 gap
  // ticket].
  it.each([
    ['an answered ticket', 'Forgot my password', 'How do I reset my password? I forgot it.', 5, 10],
    [
      'an escalated ticket',
      'Charged twice',
      'You charged my card twice, refund it or I call my lawyer.',
      4,
      9,
    ],
  ])(
    'makes at most the budgeted round trips and statements for %s',
    async (_name, subject, body, roundTrips, statements) => {
      const ticket = await who.sim.createTicket({ subject, body, requester: { email: 'd1@example.com' } })
      counter = countD1(env.DB)
      expect(await processTicketEvent({ ...env, DB: counter.db }, jobFor(who, ticket.id), noWait)).toBe(
        'done',
      )
      expect(counter.calls()).toBeLessThanOrEqual(roundTrips)
      expect(counter.statements()).toBeLessThanOrEqual(statements)
    },
  )

  // Alone, an answered ticket makes 5 round trips and an escalated one 4; in a batch the jobs' D1 batches that
  // are asked for at the same time share a round trip.
  it('shares round trips between the jobs of one queue batch', async () => {
    const tickets = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        who.sim.createTicket({
          subject: i % 2 ? 'Forgot my password' : 'Charged twice',
          body: i % 2 ? 'How do I reset my password?' : 'You charged my card twice, refund it.',
          requester: { email: `batch-${i}@example.com` },
        }),
      ),
    )
    const batch = createMessageBatch(
      'deskmate-jobs',
      tickets.map((ticket, i) => ({
        id: `m${i}`,
        timestamp: new Date(),
        attempts: 1,
        body: jobFor(who, ticket.id),
      })),
    )
    counter = countD1(env.DB)
    await consumeJobs(batch, { ...env, DB: counter.db }, noWait)
    const done = await env.DB.prepare(
      "SELECT COUNT(*) AS n FROM webhook_events WHERE tenant_id = ? AND status = 'done'",
    )
      .bind(who.tenant.id)
      .first<{ n: number }>()
    expect(done?.n).toBeGreaterThanOrEqual(8)
    expect(counter.calls() / tickets.length).toBeLessThanOrEqual(3)
  })

  it('makes two round trips for a duplicate delivery of a finished event', async () => {
    const ticket = await who.sim.createTicket({
      subject: 'Forgot my password',
      body: 'Reset link please',
      requester: { email: 'd1@example.com' },
    })
    expect(await processTicketEvent(env, jobFor(who, ticket.id), noWait)).toBe('done')
    counter = countD1(env.DB)
    const db = counter.db
    expect(await processTicketEvent({ ...env, DB: db }, jobFor(who, ticket.id), noWait)).toBe('duplicate')
    expect(counter.calls()).toBe(2)
  })
})
