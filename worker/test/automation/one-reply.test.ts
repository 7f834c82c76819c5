import { createExecutionContext, createMessageBatch, env, getQueueResult } from 'cloudflare:test'
import { TAG_AUTO_REPLIED } from '@deskmate/shared'
import { beforeAll, describe, expect, it } from 'vitest'
import { createWebhookEventsRepo } from '../../src/db/webhook-events-repo.ts'
import { consumeDeadLetters } from '../../src/queue/consume-dead-letters.ts'
import { DEAD_LETTER_QUEUE } from '../../src/queue/jobs.ts'
import type { HelpdeskTransport } from '../../src/services/automation/open-helpdesk.ts'
import { processTicketEvent } from '../../src/services/automation/process-ticket-event.ts'
import { seedSampleKb } from '../helpers/kb.ts'
import { connectTenant, deskmateComments, jobFor, type ConnectedTenant } from '../helpers/zendesk-sim.ts'

// Zendesk applies these writes only after LATE_MS, long after the client gave up on them (GIVE_UP_MS): the
// simulator's fault `{"method":"PUT","delayMs":…}` with the client's timeout shortened for speed.
const LATE_MS = 2_000
const GIVE_UP_MS = 400

/** Real fetch, but PUTs are abandoned after GIVE_UP_MS (as the 10 s timeout abandons a 12.5 s answer). */
const impatient: HelpdeskTransport = {
  sleep: async () => {},
  fetch: (input, init) =>
    fetch(
      input,
      init?.method === 'PUT' && init.signal
        ? { ...init, signal: AbortSignal.any([init.signal, AbortSignal.timeout(GIVE_UP_MS)]) }
        : init,
    ),
}

/** Waits until every late write has reached the simulator. */
const lateWritesLanded = () => new Promise((resolve) => setTimeout(resolve, LATE_MS + 1_000))

const FORGOT_PASSWORD = {
  subject: 'Forgot my password',
  body: 'Hello, I forgot my password and cannot log in. How do I reset my password?',
  requester: { email: 'late@example.com' },
}

describe('one outcome per ticket when Zendesk answers writes late', () => {
  let auto: ConnectedTenant
  let draft: ConnectedTenant
  beforeAll(async () => {
    auto = await connectTenant('one-reply-auto', { mode: 'auto_reply' })
    draft = await connectTenant('one-reply-draft', { mode: 'draft_note' })
    await seedSampleKb(auto)
    await seedSampleKb(draft)
  })

  it('posts one public reply when the update lands after the client gave up and was resent', async () => {
    const ticket = await auto.sim.createTicket(FORGOT_PASSWORD)
    await auto.sim.fault({ method: 'PUT', path: `/tickets/${ticket.id}\\.json`, delayMs: LATE_MS, times: 1 })
    expect(await processTicketEvent(env, jobFor(auto, ticket.id), impatient)).toBe('done')
    await lateWritesLanded()
    const view = await auto.sim.ticket(ticket.id)
    expect(deskmateComments(view).filter((c) => c.public)).toHaveLength(1)
    expect(view.tags).toContain(TAG_AUTO_REPLIED)
  })

  it('posts one public reply when every try lands late and the queue retries the job', async () => {
    const ticket = await auto.sim.createTicket(FORGOT_PASSWORD)
    const job = jobFor(auto, ticket.id)
    await auto.sim.fault({ method: 'PUT', path: `/tickets/${ticket.id}\\.json`, delayMs: LATE_MS, times: 4 })
    await expect(processTicketEvent(env, job, impatient)).rejects.toMatchObject({ isRetryable: true })
    await lateWritesLanded()
    expect(await processTicketEvent(env, job, impatient)).toBe('done')
    expect(deskmateComments(await auto.sim.ticket(ticket.id)).filter((c) => c.public)).toHaveLength(1)
  })

  it('leaves one internal note in draft_note mode under the same faults', async () => {
    const ticket = await draft.sim.createTicket(FORGOT_PASSWORD)
    await draft.sim.fault({ method: 'PUT', path: `/tickets/${ticket.id}\\.json`, delayMs: LATE_MS, times: 1 })
    expect(await processTicketEvent(env, jobFor(draft, ticket.id), impatient)).toBe('done')
    await lateWritesLanded()
    const notes = deskmateComments(await draft.sim.ticket(ticket.id))
    expect(notes).toHaveLength(1)
    expect(notes[0]?.public).toBe(false)
  })

  it('escalates a dead job once, even when its note lands late', async () => {
    const ticket = await auto.sim.createTicket({ ...FORGOT_PASSWORD, subject: 'Printer on fire' })
    await auto.sim.fault({ method: 'PUT', path: `/tickets/${ticket.id}\\.json`, delayMs: LATE_MS, times: 1 })
    const batch = createMessageBatch(DEAD_LETTER_QUEUE, [
      { id: 'm0', timestamp: new Date(), attempts: 1, body: jobFor(auto, ticket.id) },
    ])
    const ctx = createExecutionContext()
    await consumeDeadLetters(batch, env, impatient)
    expect((await getQueueResult(batch, ctx)).explicitAcks).toEqual(['m0'])
    await lateWritesLanded()
    expect(deskmateComments(await auto.sim.ticket(ticket.id))).toHaveLength(1)
  })
})

describe('dead-letter escalation and the event lease', () => {
  let who: ConnectedTenant
  beforeAll(async () => {
    who = await connectTenant('one-reply-lease', { mode: 'auto_reply' })
  })

  it('leaves an event alone while a consumer holds it, and retries later', async () => {
    const ticket = await who.sim.createTicket({ ...FORGOT_PASSWORD, subject: 'Held' })
    const job = jobFor(who, ticket.id)
    await createWebhookEventsRepo(env.DB, who.tenant.id).claim(job.eventKey, job.ticketId, new Date(), 60_000)
    const batch = createMessageBatch(DEAD_LETTER_QUEUE, [
      { id: 'm0', timestamp: new Date(), attempts: 1, body: job },
    ])
    const ctx = createExecutionContext()
    await consumeDeadLetters(batch, env, { sleep: async () => {} })
    expect((await getQueueResult(batch, ctx)).retryMessages.map((m) => m.msgId)).toEqual(['m0'])
    expect(deskmateComments(await who.sim.ticket(ticket.id))).toHaveLength(0)
  })
})
