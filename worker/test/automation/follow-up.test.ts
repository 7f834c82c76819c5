import { env } from 'cloudflare:test'
import { TAG_AUTO_REPLIED, TAG_DRAFT_NOTED, TAG_ESCALATED } from '@deskmate/shared'
import { beforeAll, describe, expect, it } from 'vitest'
import { createAuditRepo } from '../../src/db/audit-repo.ts'
import { zendeskAdapter } from '../../src/helpdesks/zendesk/adapter.ts'
import { signZendeskPayload } from '../../src/helpdesks/zendesk/verify-signature.ts'
import type { TicketEventJob } from '../../src/queue/jobs.ts'
import { acceptWebhook } from '../../src/services/automation/accept-webhook.ts'
import { processTicketEvent } from '../../src/services/automation/process-ticket-event.ts'
import { seedSampleKb } from '../helpers/kb.ts'
import {
  connectTenant,
  deskmateComments,
  jobFor,
  type ConnectedTenant,
  type SimDelivery,
  type SimNewTicket,
} from '../helpers/zendesk-sim.ts'

const noWait = { sleep: async () => {} }

const FORGOT_PASSWORD: SimNewTicket = {
  subject: 'Forgot my password',
  body: 'Hello, I forgot my password and cannot log in. How do I reset my password?',
  requester: { name: 'Emma Clarke', email: 'emma@example.com' },
}

const auditOf = async (who: ConnectedTenant, ticketId: number) =>
  createAuditRepo(env.DB, who.tenant.id).list({ ticketId: String(ticketId), limit: 10 })

/** The webhook intake for one delivery, with a queue that hands back the job instead of sending it. */
const intake = async (delivery: Pick<SimDelivery, 'headers' | 'body'>): Promise<TicketEventJob> => {
  const sent: TicketEventJob[] = []
  const queue = {
    sendBatch: async (messages: Array<{ body: TicketEventJob }>) =>
      void sent.push(...messages.map((m) => m.body)),
  } as unknown as Queue
  const headers = new Headers(delivery.headers)
  await acceptWebhook({ ...env, JOBS: queue }, zendeskAdapter, headers, delivery.body, new Date())
  return sent[0]!
}

/** The same body signed again later, as Zendesk's retry of an unanswered delivery would be. */
const resigned = async (who: ConnectedTenant, delivery: SimDelivery) => {
  const timestamp = new Date(Date.now() + 1_000).toISOString().replace(/\.\d{3}Z$/, 'Z')
  const signature = await signZendeskPayload(who.webhookSecret, timestamp, delivery.body)
  return {
    body: delivery.body,
    headers: {
      ...delivery.headers,
      'x-zendesk-webhook-signature-timestamp': timestamp,
      'x-zendesk-webhook-signature': signature,
    },
  }
}

/** The webhooks the requester's replies on a ticket made Zendesk send. */
const followUpDeliveries = async (who: ConnectedTenant, ticketId: number) =>
  (await who.sim.deliveries()).filter(
    (d) => d.body.includes(`"${ticketId}"`) && d.body.includes('"requester_replied"'),
  )

/** A ticket Deskmate processed as new (answered, drafted or escalated by `who`'s mode). */
const handledTicket = async (who: ConnectedTenant, ticket: SimNewTicket = FORGOT_PASSWORD) => {
  const created = await who.sim.createTicket(ticket)
  expect(await processTicketEvent(env, jobFor(who, created.id), noWait)).toBe('done')
  return created.id
}

describe('a requester follow-up on a ticket Deskmate answered', () => {
  let auto: ConnectedTenant
  let draft: ConnectedTenant
  beforeAll(async () => {
    auto = await connectTenant('follow-up-auto', { mode: 'auto_reply' })
    draft = await connectTenant('follow-up-draft', { mode: 'draft_note' })
    await seedSampleKb(auto)
    await seedSampleKb(draft)
  })

  it('escalates exactly once when it says the answer did not help, even delivered twice', async () => {
    const id = await handledTicket(auto)
    expect((await auto.sim.ticket(id)).tags).toContain(TAG_AUTO_REPLIED)
    await auto.sim.comment(id, { body: 'Das hat leider nicht geholfen, ich komme immer noch nicht rein.' })
    const [delivery, ...others] = await followUpDeliveries(auto, id)
    expect(others).toHaveLength(0)
    const job = await intake(delivery!)
    expect(job).toMatchObject({ event: 'requester_replied', ticketId: String(id) })
    expect(job.eventKey).not.toBe(jobFor(auto, id).eventKey)
    expect(await processTicketEvent(env, job, noWait)).toBe('done')
    const retried = await intake(await resigned(auto, delivery!))
    expect(retried.eventKey).toBe(job.eventKey)
    expect(await processTicketEvent(env, retried, noWait)).toBe('duplicate')

    const ticket = await auto.sim.ticket(id)
    const notes = deskmateComments(ticket).filter((c) => !c.public)
    expect(notes).toHaveLength(1)
    expect(deskmateComments(ticket).filter((c) => c.public)).toHaveLength(1)
    expect(ticket.tags).toEqual(
      expect.arrayContaining([TAG_ESCALATED, 'deskmate_reason_answer_did_not_help']),
    )
    const [latest] = await auditOf(auto, id)
    expect(latest?.decision).toBe('escalated')
    expect(latest?.reasons.map((r) => r.code)).toContain('answer_did_not_help')
  })

  it.each([
    ['en', 'That did not help at all.'],
    ['es', 'No me ayudó, sigue sin funcionar.'],
    ['fr', "Ça n'a pas aidé."],
    ['pt', 'Não ajudou, ainda não funciona.'],
  ])('escalates a draft-noted ticket whose follow-up says so in %s', async (_language, body) => {
    const id = await handledTicket(draft)
    expect((await draft.sim.ticket(id)).tags).toContain(TAG_DRAFT_NOTED)
    await draft.sim.comment(id, { body })
    const [delivery] = await followUpDeliveries(draft, id)
    expect(await processTicketEvent(env, await intake(delivery!), noWait)).toBe('done')
    const ticket = await draft.sim.ticket(id)
    expect(ticket.tags).toContain(TAG_ESCALATED)
    expect(deskmateComments(ticket).filter((c) => c.public)).toHaveLength(0)
    expect((await auditOf(draft, id))[0]?.reasons.map((r) => r.code)).toContain('answer_did_not_help')
  })

  it('posts nothing when the follow-up thanks us', async () => {
    const id = await handledTicket(auto)
    const before = deskmateComments(await auto.sim.ticket(id))
    await auto.sim.comment(id, { body: 'Thanks, solved! That worked perfectly.' })
    const [delivery] = await followUpDeliveries(auto, id)
    expect(await processTicketEvent(env, await intake(delivery!), noWait)).toBe('done')
    const ticket = await auto.sim.ticket(id)
    expect(deskmateComments(ticket)).toEqual(before)
    expect(ticket.tags).not.toContain(TAG_ESCALATED)
    expect((await auditOf(auto, id))[0]).toMatchObject({
      decision: 'skipped',
      reasons: [{ code: 'already_handled' }],
    })
  })

  it('no longer reaches Deskmate once the ticket is escalated', async () => {
    const id = await handledTicket(auto)
    await auto.sim.comment(id, { body: 'That did not help.' })
    const [first] = await followUpDeliveries(auto, id)
    expect(await processTicketEvent(env, await intake(first!), noWait)).toBe('done')
    await auto.sim.comment(id, { body: 'Still not working, useless!' })
    expect(await followUpDeliveries(auto, id)).toHaveLength(1)
    expect(deskmateComments(await auto.sim.ticket(id)).filter((c) => !c.public)).toHaveLength(1)
  })

  it('is not sent for an agent comment or an internal note', async () => {
    const id = await handledTicket(auto)
    await auto.sim.comment(id, { body: 'That did not help.', author: 'agent' })
    await auto.sim.comment(id, { body: 'That did not help.', public: false })
    expect(await followUpDeliveries(auto, id)).toHaveLength(0)
  })
})

describe('a requester follow-up on a ticket Deskmate never answered', () => {
  let auto: ConnectedTenant
  beforeAll(async () => {
    auto = await connectTenant('follow-up-unanswered', { mode: 'auto_reply' })
    await seedSampleKb(auto)
  })

  it('is not sent by the trigger, and skipped when it arrives anyway', async () => {
    const created = await auto.sim.createTicket(FORGOT_PASSWORD)
    await auto.sim.comment(created.id, { body: 'That did not help, I still cannot log in.' })
    expect(await followUpDeliveries(auto, created.id)).toHaveLength(0)
    const job: TicketEventJob = {
      ...jobFor(auto, created.id),
      event: 'requester_replied',
      eventKey: `requester_replied:${created.id}:2026-01-05T10:00:00Z`,
    }
    expect(await processTicketEvent(env, job, noWait)).toBe('done')
    expect(deskmateComments(await auto.sim.ticket(created.id))).toHaveLength(0)
    expect((await auditOf(auto, created.id))[0]).toMatchObject({
      decision: 'skipped',
      reasons: [{ code: 'not_answered' }],
    })
  })
})
