import { AppError } from '@deskmate/shared'
import { createSecretBox } from '../../crypto/secret-box.ts'
import { createTenantsRepo, tenantIdFor } from '../../db/tenants-repo.ts'
import { createWebhookEventsRepo } from '../../db/webhook-events-repo.ts'
import type { HelpdeskAdapter } from '../../helpdesks/adapter.ts'
import type { TicketEventJob } from '../../queue/jobs.ts'

/**
 * Webhook intake: parse the hint, find the tenant it names, verify the delivery with that tenant's secret (the
 * helpdesk's own verifier, which also says how long a copy counts as a replay), refuse replays, queue the
 * job. No helpdesk or LLM work happens here.
 */
export const acceptWebhook = async (
  env: Env,
  adapter: HelpdeskAdapter,
  headers: Headers,
  rawBody: string,
  now: Date,
): Promise<TicketEventJob> => {
  const event = adapter.parseWebhook(rawBody)
  const tenantId = tenantIdFor(adapter.kind, event.account)
  const secret = await createTenantsRepo(env.DB, createSecretBox(env.ENCRYPTION_KEY)).readSecret(
    tenantId,
    'webhook_secret',
  )
  // An unknown account gets the answer a bad signature gets: installed accounts cannot be enumerated.
  if (!secret) throw new AppError('webhook_signature_invalid', 'The webhook signature does not match')
  const delivery = await adapter.verifyWebhook(headers, rawBody, secret, now)
  const events = createWebhookEventsRepo(env.DB, tenantId)
  if (!(await events.rememberDelivery(delivery.deliveryId, delivery.rememberUntil, now))) {
    throw new AppError('webhook_replayed', 'This signed delivery was already accepted')
  }
  const job: TicketEventJob = {
    kind: 'ticket_event',
    tenantId,
    helpdesk: adapter.kind,
    ticketId: event.ticketId,
    event: event.event,
    eventKey: event.eventKey,
    receivedAt: now.toISOString(),
  }
  try {
    await env.JOBS.send(job)
  } catch (cause) {
    await events.forgetDelivery(delivery.deliveryId)
    throw new AppError('internal', 'The job could not be queued', { cause })
  }
  return job
}
