import { SELF, env } from 'cloudflare:test'
import { beforeAll, describe, expect, it } from 'vitest'
import type { HelpdeskAdapter } from '../../src/helpdesks/adapter.ts'
import { zendeskAdapter } from '../../src/helpdesks/zendesk/adapter.ts'
import { signZendeskPayload } from '../../src/helpdesks/zendesk/verify-signature.ts'
import type { Job } from '../../src/queue/jobs.ts'
import { acceptWebhook } from '../../src/services/automation/accept-webhook.ts'
import { connectTenant, type ConnectedTenant } from '../helpers/zendesk-sim.ts'

const bodyFor = (account: string, ticketId: number | string): string =>
  JSON.stringify({
    ticket_id: String(ticketId),
    ticket_url: `${account}.zendesk.com/agent/tickets/${ticketId}`,
    event: 'ticket_created',
  })

const nowStamp = (offsetMs = 0): string =>
  new Date(Date.now() + offsetMs).toISOString().replace(/\.\d{3}Z$/, 'Z')

const signed = async (
  secret: string,
  body: string,
  timestamp = nowStamp(),
): Promise<Record<string, string>> => ({
  'Content-Type': 'application/json',
  'X-Zendesk-Webhook-Signature-Timestamp': timestamp,
  'X-Zendesk-Webhook-Signature': await signZendeskPayload(secret, timestamp, body),
})

const post = (headers: Record<string, string>, body: string, helpdesk = 'zendesk') =>
  SELF.fetch(`https://worker.test/v1/webhooks/${helpdesk}`, { method: 'POST', headers, body })

/** Runs the intake with a queue that records instead of sending. */
const intake = async (headers: Record<string, string>, body: string) => {
  const sent: Job[] = []
  const queue = {
    sendBatch: async (messages: Array<{ body: Job }>) => void sent.push(...messages.map((m) => m.body)),
  } as unknown as Queue
  const result = await acceptWebhook(
    { ...env, JOBS: queue },
    zendeskAdapter,
    new Headers(headers),
    body,
    new Date(),
  ).then(
    (job) => ({ job, error: null }),
    (error: unknown) => ({ job: null, error }),
  )
  return { ...result, sent }
}

describe('POST /v1/webhooks/zendesk', () => {
  let who: ConnectedTenant
  beforeAll(async () => {
    who = await connectTenant('hooks')
  })

  it('answers 202 with the event key for a signed, fresh delivery', async () => {
    const body = bodyFor('hooks', 41)
    const res = await post(await signed(who.webhookSecret, body), body)
    expect(res.status).toBe(202)
    expect(await res.json()).toEqual({ accepted: true, eventKey: 'ticket_created:41' })
  })

  it.each<[string, () => Promise<{ headers: Record<string, string>; body: string }>, number, string]>([
    [
      'unsigned',
      async () => ({ headers: { 'Content-Type': 'application/json' }, body: bodyFor('hooks', 42) }),
      401,
      'webhook_signature_invalid',
    ],
    [
      'wrongly signed',
      async () => ({
        headers: await signed('not-the-secret', bodyFor('hooks', 42)),
        body: bodyFor('hooks', 42),
      }),
      401,
      'webhook_signature_invalid',
    ],
    [
      'stale',
      async () => ({
        headers: await signed(who.webhookSecret, bodyFor('hooks', 42), nowStamp(-6 * 60_000)),
        body: bodyFor('hooks', 42),
      }),
      401,
      'webhook_signature_invalid',
    ],
    [
      'from the future',
      async () => ({
        headers: await signed(who.webhookSecret, bodyFor('hooks', 42), nowStamp(6 * 60_000)),
        body: bodyFor('hooks', 42),
      }),
      401,
      'webhook_signature_invalid',
    ],
    [
      'for an unknown account',
      async () => ({
        headers: await signed(who.webhookSecret, bodyFor('nobody', 42)),
        body: bodyFor('nobody', 42),
      }),
      401,
      'webhook_signature_invalid',
    ],
    [
      'malformed JSON',
      async () => ({ headers: await signed(who.webhookSecret, '{"ticket_id": '), body: '{"ticket_id": ' }),
      400,
      'invalid_json',
    ],
    [
      'not the trigger template',
      async () => ({ headers: await signed(who.webhookSecret, '{"id":1}'), body: '{"id":1}' }),
      400,
      'validation_failed',
    ],
    [
      'a URL for another ticket',
      async () => {
        const body = JSON.stringify({
          ticket_id: '42',
          ticket_url: 'hooks.zendesk.com/agent/tickets/43',
          event: 'ticket_created',
        })
        return { headers: await signed(who.webhookSecret, body), body }
      },
      400,
      'validation_failed',
    ],
    [
      'oversized',
      async () => {
        const body = JSON.stringify({
          ticket_id: '42',
          ticket_url: 'hooks.zendesk.com/agent/tickets/42',
          event: 'ticket_created',
          pad: 'x'.repeat(20_000),
        })
        return { headers: await signed(who.webhookSecret, body), body }
      },
      413,
      'payload_too_large',
    ],
  ])('rejects a %s delivery with a problem response', async (_name, build, status, code) => {
    const { headers, body } = await build()
    const res = await post(headers, body)
    expect(res.status).toBe(status)
    expect(res.headers.get('Content-Type')).toContain('application/problem+json')
    expect((await res.json<{ code: string }>()).code).toBe(code)
  })

  it('answers 404 for a helpdesk without webhook intake', async () => {
    const body = bodyFor('hooks', 44)
    expect((await post(await signed(who.webhookSecret, body), body, 'nosuchdesk')).status).toBe(404)
  })

  it('rejects a replayed delivery', async () => {
    const body = bodyFor('hooks', 45)
    const headers = await signed(who.webhookSecret, body)
    expect((await post(headers, body)).status).toBe(202)
    const replay = await post(headers, body)
    expect(replay.status).toBe(409)
    expect((await replay.json<{ code: string }>()).code).toBe('webhook_replayed')
  })
})

describe('acceptWebhook', () => {
  let who: ConnectedTenant
  beforeAll(async () => {
    who = await connectTenant('intake')
  })

  it('queues exactly one job for a valid delivery', async () => {
    const body = bodyFor('intake', 7)
    const { job, sent } = await intake(await signed(who.webhookSecret, body), body)
    expect(sent).toEqual([job])
    expect(job).toMatchObject({
      kind: 'ticket_event',
      tenantId: 'zendesk:intake',
      ticketId: '7',
      eventKey: 'ticket_created:7',
    })
  })

  it.each([
    ['unsigned', async (_body: string) => ({ 'Content-Type': 'application/json' }) as Record<string, string>],
    ['wrongly signed', (body: string) => signed('wrong', body)],
    ['stale', (body: string) => signed(who.webhookSecret, body, nowStamp(-10 * 60_000))],
  ])('queues nothing for a %s delivery', async (_name, headersFor) => {
    const body = bodyFor('intake', 8)
    const { error, sent } = await intake(await headersFor(body), body)
    expect(error).toMatchObject({ code: 'webhook_signature_invalid' })
    expect(sent).toEqual([])
  })

  it('queues nothing for a replay', async () => {
    const body = bodyFor('intake', 9)
    const headers = await signed(who.webhookSecret, body)
    expect((await intake(headers, body)).sent).toHaveLength(1)
    const again = await intake(headers, body)
    expect(again.error).toMatchObject({ code: 'webhook_replayed' })
    expect(again.sent).toEqual([])
  })

  it("forgets a delivery when the helpdesk's verifier says a copy can no longer pass", async () => {
    const body = bodyFor('intake', 11)
    const headers = await signed(who.webhookSecret, body)
    const forgetful: HelpdeskAdapter = {
      ...zendeskAdapter,
      verifyWebhook: async (...args) => ({
        ...(await zendeskAdapter.verifyWebhook(...args)),
        rememberUntil: new Date(Date.now() - 1_000),
      }),
    }
    const queue = { send: async () => undefined, sendBatch: async () => undefined } as unknown as Queue
    const accept = () =>
      acceptWebhook({ ...env, JOBS: queue }, forgetful, new Headers(headers), body, new Date())
    await expect(accept()).resolves.toMatchObject({ eventKey: 'ticket_created:11' })
    await expect(accept()).resolves.toMatchObject({ eventKey: 'ticket_created:11' })
  })

  it('accepts the delivery again when queuing failed the first time', async () => {
    const body = bodyFor('intake', 10)
    const headers = await signed(who.webhookSecret, body)
    const broken = { sendBatch: async () => Promise.reject(new Error('queue down')) } as unknown as Queue
    await expect(
      acceptWebhook({ ...env, JOBS: broken }, zendeskAdapter, new Headers(headers), body, new Date()),
    ).rejects.toMatchObject({ code: 'internal' })
    expect((await intake(headers, body)).sent).toHaveLength(1)
  })
})

describe('POST /v1/webhooks/zendesk under concurrent deliveries', () => {
  let who: ConnectedTenant
  beforeAll(async () => {
    who = await connectTenant('storm')
  })

  const countDeliveries = async (): Promise<number> =>
    (await env.DB.prepare('SELECT COUNT(*) AS n FROM webhook_deliveries WHERE tenant_id = ?')
      .bind(who.tenant.id)
      .first<number>('n')) ?? 0

  it('accepts every new delivery once and refuses every replay, whichever request records it', async () => {
    const deliveries = await Promise.all(
      Array.from({ length: 40 }, async (_, i) => {
        const body = bodyFor('storm', 500 + i)
        return { headers: await signed(who.webhookSecret, body), body }
      }),
    )
    const first = await Promise.all(deliveries.map((d) => post(d.headers, d.body)))
    expect(first.map((res) => res.status)).toEqual(deliveries.map(() => 202))
    expect(await countDeliveries()).toBe(40)
    const again = await Promise.all(deliveries.map((d) => post(d.headers, d.body)))
    expect(again.map((res) => res.status)).toEqual(deliveries.map(() => 409))
    expect(await countDeliveries()).toBe(40)
  })

  it('accepts one of two identical deliveries sent at the same time', async () => {
    const body = bodyFor('storm', 600)
    const headers = await signed(who.webhookSecret, body)
    const statuses = (await Promise.all([post(headers, body), post(headers, body)])).map((r) => r.status)
    expect(statuses.sort()).toEqual([202, 409])
  })
})
