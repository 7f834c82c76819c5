import { SELF, env } from 'cloudflare:test'
import type { ActivityResponse } from '@deskmate/shared'
import { beforeAll, describe, expect, it } from 'vitest'
import { seedSampleKb } from '../helpers/kb.ts'
import {
  connectTenant,
  deliver,
  deskmateComments,
  waitFor,
  type ConnectedTenant,
} from '../helpers/zendesk-sim.ts'

const activityFor = async (who: ConnectedTenant, ticketId: number): Promise<ActivityResponse> =>
  (
    await SELF.fetch(`https://worker.test/v1/activity?ticketId=${ticketId}`, { headers: await who.auth() })
  ).json()

/** Waits until the queue consumer has recorded an outcome for the ticket. */
const outcomeOf = (who: ConnectedTenant, ticketId: number) =>
  waitFor(async () => (await activityFor(who, ticketId)).items[0])

// Simulator ticket → trigger → signed webhook → Worker → real queue → consumer → Zendesk API → simulator.
describe('automation end to end', () => {
  let who: ConnectedTenant
  beforeAll(async () => {
    who = await connectTenant('e2e-auto', { mode: 'auto_reply' })
    await seedSampleKb(who)
  })

  it('replies to a new forgot-password ticket with the right article', async () => {
    const created = await who.sim.createTicket({
      subject: 'Forgot my password',
      body: 'I forgot my password and can not log in. How can I reset it?',
      requester: { name: 'Emma', email: 'emma@example.com' },
    })
    const [delivery] = await who.sim
      .deliveries()
      .then((all) => all.filter((d) => d.body.includes(`"${created.id}"`)))
    expect(delivery?.headers['x-zendesk-webhook-signature']).toBeTruthy()
    const res = await deliver(delivery!)
    expect(res.status).toBe(202)
    const outcome = await outcomeOf(who, created.id)
    expect(outcome.decision).toBe('auto_replied')
    // The decision records the ticket's category and language (the console's activity filters).
    expect(outcome).toMatchObject({ category: 'account_login', language: 'en' })
    const ticket = await who.sim.ticket(created.id)
    const replies = deskmateComments(ticket)
    expect(replies).toHaveLength(1)
    expect(replies[0]?.public).toBe(true)
    expect(replies[0]?.html_body).toContain('reset-password')
  })

  it('escalates an angry double-billing ticket with a legal threat and shows why', async () => {
    const created = await who.sim.createTicket({
      subject: 'Charged TWICE again - last warning',
      body: 'You charged our card twice for the Business plan. Refund it by Friday or I will dispute the charge with my bank and hand this to our lawyer. Unacceptable.',
      priority: 'high',
      requester: { name: 'Marcus', email: 'marcus@example.org' },
    })
    const deliveries = await who.sim.deliveries()
    await deliver(deliveries.find((d) => d.body.includes(`"${created.id}"`))!)
    const outcome = await outcomeOf(who, created.id)
    expect(outcome.decision).toBe('escalated')
    expect(outcome.reasons.map((r) => r.code)).toEqual(
      expect.arrayContaining(['sensitive_legal_threat', 'sensitive_billing_dispute', 'sensitive_chargeback']),
    )
    const [note] = deskmateComments(await who.sim.ticket(created.id))
    expect(note?.public).toBe(false)
    expect(note?.html_body).toContain('Deskmate escalated this ticket')
  })

  it('changes nothing when the same webhook arrives twice', async () => {
    const created = await who.sim.createTicket({
      subject: 'Reset password please',
      body: 'How do I reset my password? I forgot it.',
      requester: { email: 'twice@example.com' },
    })
    const delivery = (await who.sim.deliveries()).find((d) => d.body.includes(`"${created.id}"`))!
    expect((await deliver(delivery)).status).toBe(202)
    const replay = await deliver(delivery)
    expect(replay.status).toBe(409)
    expect((await replay.json<{ code: string }>()).code).toBe('webhook_replayed')
    await outcomeOf(who, created.id)
    // Zendesk may also re-send the event freshly signed: accepted, but the pipeline does nothing twice.
    const timestamp = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z')
    const key = await crypto.subtle.importKey(
      'raw',
      new TextEncoder().encode(who.webhookSecret),
      { name: 'HMAC', hash: 'SHA-256' },
      false,
      ['sign'],
    )
    const mac = await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(timestamp + delivery.body))
    const signature = btoa(String.fromCharCode(...new Uint8Array(mac)))
    const resent = await deliver({
      ...delivery,
      headers: {
        ...delivery.headers,
        'x-zendesk-webhook-signature-timestamp': timestamp,
        'x-zendesk-webhook-signature': signature,
      },
    })
    expect(resent.status).toBe(202)
    await waitFor(async () => {
      const row = await env.DB.prepare(
        'SELECT duplicates FROM webhook_events WHERE tenant_id = ? AND event_key = ?',
      )
        .bind(who.tenant.id, `ticket_created:${created.id}`)
        .first<{ duplicates: number }>()
      return (row?.duplicates ?? 0) > 0
    })
    expect(deskmateComments(await who.sim.ticket(created.id))).toHaveLength(1)
    expect((await activityFor(who, created.id)).items).toHaveLength(1)
  })
})
