import { SELF, env } from 'cloudflare:test'
import type { ActivityResponse } from '@deskmate/shared'
import { beforeAll, describe, expect, it } from 'vitest'
import { createKbRepo } from '../../src/db/kb-repo.ts'
import { createKbSyncRepo } from '../../src/db/kb-sync-repo.ts'
import type { TicketEventJob } from '../../src/queue/jobs.ts'
import { processTicketEvent } from '../../src/services/automation/process-ticket-event.ts'
import { SAMPLE_ARTICLES } from '../helpers/kb.ts'
import {
  connectFreshdeskTenant,
  deliverFreshdesk,
  fdRest,
  type FdTenant,
  type FdTicketView,
} from '../helpers/freshdesk-sim.ts'
import { waitFor } from '../helpers/zendesk-sim.ts'

const activityFor = async (who: FdTenant, ticketId: number): Promise<ActivityResponse> =>
  (
    await SELF.fetch(`https://worker.test/v1/activity?ticketId=${ticketId}`, {
      headers: await who.adminAuth(),
    })
  ).json()

const outcomeOf = (who: FdTenant, ticketId: number) =>
  waitFor(async () => (await activityFor(who, ticketId)).items[0])

const deskmatePosts = (ticket: FdTicketView) => ticket.conversations.filter((c) => !c.incoming)

/** The sample KB's articles as Freshdesk Solutions articles (the sync brings them into the KB). */
const SOLUTIONS = SAMPLE_ARTICLES.map((a) => ({ title: a.title, body: a.body, language: a.locale }))

/** Adds the sample KB's example questions to the synced articles (as an admin would train them). */
const addExamples = async (who: FdTenant): Promise<string> => {
  const synced = await createKbSyncRepo(env.DB, who.tenant.id).listSynced()
  const stored = await createKbRepo(env.DB, who.tenant.id).getArticles(synced.map((t) => t.localId))
  const articles = stored.map((a) => ({
    id: a.id,
    title: a.title,
    body: a.body,
    locale: a.locale,
    ...(a.url ? { url: a.url } : {}),
    examples: SAMPLE_ARTICLES.find((s) => s.title === a.title)?.examples ?? [],
  }))
  const res = await SELF.fetch('https://worker.test/v1/kb/articles', {
    method: 'PUT',
    headers: await who.adminAuth(),
    body: JSON.stringify({ articles }),
  })
  expect(res.status).toBe(200)
  return stored.find((a) => a.title === 'Reset your password' && a.locale === 'en')?.url ?? ''
}

const deliveryFor = async (who: FdTenant, ticketId: number) =>
  (await who.sim.deliveries()).find((d) => JSON.parse(d.body).ticket_id === String(ticketId))!

// Simulator ticket → automation rule → secret-header webhook → Worker → queue → consumer → REST v2 → simulator.
describe('Freshdesk automation end to end', () => {
  let who: FdTenant
  let resetUrl: string
  beforeAll(async () => {
    who = await connectFreshdeskTenant('fd-e2e', { mode: 'auto_reply' }, SOLUTIONS)
    resetUrl = await addExamples(who)
  })

  it('syncs published Solutions articles into the KB with their portal URLs', () => {
    expect(resetUrl).toMatch(/\/support\/solutions\/articles\/\d+$/)
  })

  it('answers a new forgot-password ticket once, citing the right article', async () => {
    const created = await who.sim.createTicket({
      subject: 'Forgot my password',
      body: 'I forgot my password and can not log in. How can I reset it?',
      requester: { name: 'Emma', email: 'emma@example.com' },
    })
    const delivery = await deliveryFor(who, created.id)
    expect(delivery.headers['X-Deskmate-Webhook-Secret']).toBe(who.webhookSecret)
    expect((await deliverFreshdesk(delivery)).status).toBe(202)
    const outcome = await outcomeOf(who, created.id)
    expect(outcome.decision).toBe('auto_replied')
    const ticket = await who.sim.ticket(created.id)
    const posts = deskmatePosts(ticket)
    expect(posts).toHaveLength(1)
    expect(posts[0]?.private).toBe(false)
    expect(posts[0]?.body).toContain(resetUrl)
    expect(ticket.tags).toContain('deskmate_auto_replied')
  })

  it('escalates an angry billing dispute with a private note, tags and a higher priority', async () => {
    const created = await who.sim.createTicket({
      subject: 'Charged TWICE again - last warning',
      body: 'You charged our card twice for the Business plan. Refund it by Friday or I will dispute the charge with my bank and hand this to our lawyer. Unacceptable.',
      priority: 'normal',
      requester: { name: 'Marcus', email: 'marcus@example.org' },
    })
    await deliverFreshdesk(await deliveryFor(who, created.id))
    const outcome = await outcomeOf(who, created.id)
    expect(outcome.decision).toBe('escalated')
    expect(outcome.reasons.map((r) => r.code)).toEqual(
      expect.arrayContaining(['sensitive_legal_threat', 'sensitive_billing_dispute']),
    )
    const ticket = await who.sim.ticket(created.id)
    const [note, ...rest] = deskmatePosts(ticket)
    expect(rest).toHaveLength(0)
    expect(note?.private).toBe(true)
    expect(note?.body).toContain('Deskmate escalated this ticket')
    expect(ticket.tags).toContain('deskmate_escalated')
    expect(ticket.priority).toBeGreaterThan(2)
  })

  it('changes nothing when the same webhook arrives twice', async () => {
    const created = await who.sim.createTicket({
      subject: 'Reset password please',
      body: 'How do I reset my password? I forgot it.',
      requester: { email: 'twice@example.com' },
    })
    const delivery = await deliveryFor(who, created.id)
    expect((await deliverFreshdesk(delivery)).status).toBe(202)
    await outcomeOf(who, created.id)
    // Freshdesk resends late and without a delivery id: accepted (a refusal would be retried and mailed to
    // the admins), and the pipeline, which has processed this event, does nothing twice.
    expect((await deliverFreshdesk(delivery)).status).toBe(202)
    await waitFor(async () => {
      const row = await env.DB.prepare(
        'SELECT duplicates FROM webhook_events WHERE tenant_id = ? AND event_key = ?',
      )
        .bind(who.tenant.id, `ticket_created:${created.id}`)
        .first<{ duplicates: number }>()
      return (row?.duplicates ?? 0) > 0
    })
    expect(deskmatePosts(await who.sim.ticket(created.id))).toHaveLength(1)
    expect((await activityFor(who, created.id)).items).toHaveLength(1)
  })

  it('posts one reply when the reply landed but its answer was lost and the job runs again', async () => {
    const created = await who.sim.createTicket({
      subject: 'Password reset',
      body: 'I forgot my password, please help me reset it.',
      requester: { email: 'lost@example.com' },
    })
    await who.sim.fault({ method: 'POST', path: '/reply$', status: 502, afterApply: true })
    const job: TicketEventJob = {
      kind: 'ticket_event',
      tenantId: who.tenant.id,
      helpdesk: 'freshdesk',
      ticketId: String(created.id),
      event: 'ticket_created',
      eventKey: `ticket_created:${created.id}`,
      receivedAt: new Date().toISOString(),
    }
    await expect(processTicketEvent(env, job)).rejects.toMatchObject({ code: 'helpdesk_upstream' })
    expect(deskmatePosts(await who.sim.ticket(created.id))).toHaveLength(1)
    expect(await processTicketEvent(env, job)).toBe('done')
    const ticket = await who.sim.ticket(created.id)
    expect(deskmatePosts(ticket)).toHaveLength(1)
    expect(ticket.tags).toContain('deskmate_auto_replied')
    expect((await activityFor(who, created.id)).items[0]?.decision).toBe('auto_replied')
  })

  it('skips a late delivery for a ticket an agent resolved meanwhile', async () => {
    const created = await who.sim.createTicket({
      subject: 'Forgot my password',
      body: 'I forgot my password, how do I reset it?',
      requester: { email: 'late@example.com' },
    })
    await fdRest(who.sim.account, who.apiKey, 'PUT', `/api/v2/tickets/${created.id}`, { status: 4 })
    expect((await deliverFreshdesk(await deliveryFor(who, created.id))).status).toBe(202)
    const outcome = await outcomeOf(who, created.id)
    expect(outcome.reasons.map((r) => r.code)).toEqual(['ticket_closed'])
    expect(deskmatePosts(await who.sim.ticket(created.id))).toHaveLength(0)
  })

  it('answers 400 for a malformed body, 401 for an unknown account and 413 for a huge body', async () => {
    const headers = { 'content-type': 'application/json', 'X-Deskmate-Webhook-Secret': who.webhookSecret }
    const url = (account: string) => `https://${account}.freshdesk.com/helpdesk/tickets/1`
    const malformed = await deliverFreshdesk({ headers, body: JSON.stringify({ ticket_url: url('fd-e2e') }) })
    expect(malformed.status).toBe(400)
    const unknown = await deliverFreshdesk({
      headers,
      body: JSON.stringify({ ticket_id: '1', ticket_url: url('nobody-here') }),
    })
    expect(unknown.status).toBe(401)
    const huge = await deliverFreshdesk({
      headers,
      body: JSON.stringify({ ticket_id: '1', ticket_url: url('fd-e2e'), pad: 'x'.repeat(20_000) }),
    })
    expect(huge.status).toBe(413)
  })

  it('refuses a wrong or missing secret without queueing anything', async () => {
    const created = await who.sim.createTicket({ subject: 'Hello', body: 'Forgot my password' })
    const delivery = await deliveryFor(who, created.id)
    const attempts: Array<Record<string, string>> = [
      { 'content-type': 'application/json', 'X-Deskmate-Webhook-Secret': `${who.webhookSecret}x` },
      { 'content-type': 'application/json' },
    ]
    for (const headers of attempts) {
      const res = await deliverFreshdesk({ headers, body: delivery.body })
      expect(res.status).toBe(401)
    }
    const row = await env.DB.prepare(
      'SELECT COUNT(*) AS n FROM webhook_events WHERE tenant_id = ? AND event_key = ?',
    )
      .bind(who.tenant.id, `ticket_created:${created.id}`)
      .first<{ n: number }>()
    expect(row?.n).toBe(0)
  })
})
