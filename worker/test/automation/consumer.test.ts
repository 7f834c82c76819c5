import { createExecutionContext, createMessageBatch, env, getQueueResult } from 'cloudflare:test'
import { TAG_ESCALATED } from '@deskmate/shared'
import { beforeAll, describe, expect, it } from 'vitest'
import { createAuditRepo } from '../../src/db/audit-repo.ts'
import { consumeDeadLetters } from '../../src/queue/consume-dead-letters.ts'
import { consumeJobs } from '../../src/queue/consume-jobs.ts'
import { DEAD_LETTER_QUEUE } from '../../src/queue/jobs.ts'
import { seedSampleKb } from '../helpers/kb.ts'
import { connectTenant, deskmateComments, jobFor, type ConnectedTenant } from '../helpers/zendesk-sim.ts'

const noWait = { sleep: async () => {} }

const runBatch = async (queue: string, bodies: unknown[], consume: typeof consumeJobs, attempts = 1) => {
  const batch = createMessageBatch(
    queue,
    bodies.map((body, i) => ({ id: `m${i}`, timestamp: new Date(), attempts, body })),
  )
  const ctx = createExecutionContext()
  await consume(batch, env, noWait)
  return getQueueResult(batch, ctx)
}

describe('consumeJobs', () => {
  let who: ConnectedTenant
  beforeAll(async () => {
    who = await connectTenant('consumer', { mode: 'auto_reply' })
    await seedSampleKb(who)
  })

  const newTicket = () =>
    who.sim.createTicket({
      subject: 'Forgot my password',
      body: 'How do I reset my password?',
      requester: { email: 'c@example.com' },
    })

  it('acks a processed event, then a later duplicate of it', async () => {
    const ticket = await newTicket()
    expect((await runBatch('deskmate-jobs', [jobFor(who, ticket.id)], consumeJobs)).explicitAcks).toEqual([
      'm0',
    ])
    expect((await runBatch('deskmate-jobs', [jobFor(who, ticket.id)], consumeJobs)).explicitAcks).toEqual([
      'm0',
    ])
    expect(deskmateComments(await who.sim.ticket(ticket.id))).toHaveLength(1)
  })

  it('works two copies of an event in one batch one after the other: one reply, both acked', async () => {
    const ticket = await newTicket()
    const result = await runBatch(
      'deskmate-jobs',
      [jobFor(who, ticket.id), jobFor(who, ticket.id)],
      consumeJobs,
    )
    expect(result.explicitAcks.toSorted()).toEqual(['m0', 'm1'])
    expect(result.retryMessages).toEqual([])
    expect(deskmateComments(await who.sim.ticket(ticket.id))).toHaveLength(1)
  })

  it('replies once to a ticket whose two events arrive in one batch', async () => {
    const ticket = await newTicket()
    const created = jobFor(who, ticket.id)
    const again = { ...created, eventKey: `${created.eventKey}:again` }
    const result = await runBatch('deskmate-jobs', [created, again], consumeJobs)
    expect(result.explicitAcks.toSorted()).toEqual(['m0', 'm1'])
    expect(deskmateComments(await who.sim.ticket(ticket.id))).toHaveLength(1)
  })

  it('retries only the failing message of a batch and finishes the others', async () => {
    const tickets = await Promise.all([newTicket(), newTicket(), newTicket()])
    await who.sim.fault({ path: `/tickets/${tickets[1]?.id}`, status: 503, times: 20 })
    const result = await runBatch(
      'deskmate-jobs',
      tickets.map((ticket) => jobFor(who, ticket.id)),
      consumeJobs,
    )
    expect(result.retryMessages.map((m) => m.msgId)).toEqual(['m1'])
    expect(result.explicitAcks.toSorted()).toEqual(['m0', 'm2'])
    const replies = await Promise.all(tickets.map(async (t) => deskmateComments(await who.sim.ticket(t.id))))
    expect(replies.map((r) => r.length)).toEqual([1, 0, 1])
  })

  it('retries through the queue when Zendesk asks to wait longer than the consumer waits', async () => {
    const ticket = await newTicket()
    await who.sim.fault({
      method: 'GET',
      path: `/tickets/${ticket.id}\\.json`,
      status: 429,
      retryAfter: 90,
      times: 1,
    })
    const result = await runBatch('deskmate-jobs', [jobFor(who, ticket.id)], consumeJobs)
    expect(result.retryMessages.map((m) => m.msgId)).toEqual(['m0'])
    const again = await runBatch('deskmate-jobs', [jobFor(who, ticket.id)], consumeJobs, 2)
    expect(again.explicitAcks).toEqual(['m0'])
    expect(deskmateComments(await who.sim.ticket(ticket.id))).toHaveLength(1)
  })

  it('waits out a short Retry-After in place and succeeds', async () => {
    const ticket = await newTicket()
    await who.sim.fault({
      method: 'GET',
      path: `/tickets/${ticket.id}\\.json`,
      status: 429,
      retryAfter: 1,
      times: 1,
    })
    expect((await runBatch('deskmate-jobs', [jobFor(who, ticket.id)], consumeJobs)).explicitAcks).toEqual([
      'm0',
    ])
    expect(deskmateComments(await who.sim.ticket(ticket.id))).toHaveLength(1)
  })

  it('retries when Zendesk stays unavailable', async () => {
    const ticket = await newTicket()
    await who.sim.fault({ path: `/tickets/${ticket.id}`, status: 503, times: 20 })
    const result = await runBatch('deskmate-jobs', [jobFor(who, ticket.id)], consumeJobs, 3)
    expect(result.retryMessages.map((m) => m.msgId)).toEqual(['m0'])
    expect(result.explicitAcks).toEqual([])
  })

  it('escalates at once when the update is refused for good', async () => {
    const ticket = await newTicket()
    await who.sim.fault({ method: 'PUT', path: `/tickets/${ticket.id}\\.json`, status: 422, times: 1 })
    const result = await runBatch('deskmate-jobs', [jobFor(who, ticket.id)], consumeJobs)
    expect(result.explicitAcks).toEqual(['m0'])
    const view = await who.sim.ticket(ticket.id)
    expect(view.tags).toContain(TAG_ESCALATED)
    const [entry] = await createAuditRepo(env.DB, who.tenant.id).list({
      ticketId: String(ticket.id),
      limit: 5,
    })
    expect(entry).toMatchObject({ decision: 'failed', reasons: [{ code: 'processing_failed' }] })
  })

  it('acks and drops a malformed message', async () => {
    const result = await runBatch('deskmate-jobs', [{ kind: 'nonsense' }], consumeJobs)
    expect(result.explicitAcks).toEqual(['m0'])
  })
})

describe('consumeDeadLetters', () => {
  let who: ConnectedTenant
  beforeAll(async () => {
    who = await connectTenant('dead-letters', { mode: 'auto_reply' })
  })

  it('escalates the ticket and audits the failure so nothing is silently dropped', async () => {
    const ticket = await who.sim.createTicket({
      subject: 'Printer on fire',
      body: 'Help',
      requester: { email: 'd@example.com' },
    })
    const result = await runBatch(DEAD_LETTER_QUEUE, [jobFor(who, ticket.id)], consumeDeadLetters)
    expect(result.explicitAcks).toEqual(['m0'])
    const [note] = deskmateComments(await who.sim.ticket(ticket.id))
    expect(note?.public).toBe(false)
    expect(note?.html_body).toContain('could not process this ticket')
    const [entry] = await createAuditRepo(env.DB, who.tenant.id).list({
      ticketId: String(ticket.id),
      limit: 5,
    })
    expect(entry?.decision).toBe('failed')
  })

  it('records the failure in the audit when even the escalation cannot reach Zendesk', async () => {
    const ticket = await who.sim.createTicket({
      subject: 'Another',
      body: 'Help',
      requester: { email: 'e@example.com' },
    })
    await who.sim.fault({ path: `/tickets/${ticket.id}`, status: 503, times: 50 })
    const first = await runBatch(DEAD_LETTER_QUEUE, [jobFor(who, ticket.id)], consumeDeadLetters, 1)
    expect(first.retryMessages).toHaveLength(1)
    const last = await runBatch(DEAD_LETTER_QUEUE, [jobFor(who, ticket.id)], consumeDeadLetters, 3)
    expect(last.explicitAcks).toEqual(['m0'])
    const [entry] = await createAuditRepo(env.DB, who.tenant.id).list({
      ticketId: String(ticket.id),
      limit: 5,
    })
    expect(entry?.reasons.map((r) => r.code)).toEqual(['processing_failed', 'escalation_failed'])
  })
})
