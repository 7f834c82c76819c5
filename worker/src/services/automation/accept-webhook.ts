import { AppError } from '@deskmate/shared'
import { tenantDatabase } from '../../db/tenant-database.ts'
import { tenantIdFor } from '../../db/tenants-repo.ts'
import type { HelpdeskAdapter, VerifiedDelivery } from '../../helpdesks/adapter.ts'
import type { TicketEventJob } from '../../queue/jobs.ts'
import { deliveryIntakeFor } from '../intake/flush-deliveries.ts'
import {
  hmacKeyOf,
  peekSecret,
  readSecretFresh,
  type VersionedSecret,
} from '../tenant-state/tenant-secrets.ts'

// An unknown account gets the answer a bad signature gets: installed accounts cannot be enumerated.
const invalid = (): AppError =>
  new AppError('webhook_signature_invalid', 'The webhook signature does not match')

type Verified = { secret: VersionedSecret; delivery: VerifiedDelivery }

/**
 * Verifies with this isolate's copy of the tenant's webhook secret when it has one, else with the stored one. A
 * copy that fails is checked once against D1 (the secret may have been rotated); whether a copy that passes is
 * still current is checked when the delivery is recorded.
 */
const verifyDelivery = async (
  env: Env,
  adapter: HelpdeskAdapter,
  tenantId: string,
  request: { headers: Headers; rawBody: string; now: Date },
  isCopyAllowed: boolean,
): Promise<Verified> => {
  const verify = async (secret: VersionedSecret): Promise<Verified> => {
    const hmacKey = () => hmacKeyOf(tenantId, 'webhook_secret', secret)
    const { headers, rawBody, now } = request
    return {
      secret,
      delivery: await adapter.verifyWebhook(headers, rawBody, { value: secret.value, hmacKey }, now),
    }
  }
  const copy = isCopyAllowed ? peekSecret(tenantId, 'webhook_secret') : null
  if (copy) {
    try {
      return await verify(copy)
    } catch (err) {
      const fresh = await readSecretFresh(env, tenantId, 'webhook_secret')
      if (!fresh || fresh.version === copy.version) throw err
      return verify(fresh)
    }
  }
  const fresh = await readSecretFresh(env, tenantId, 'webhook_secret')
  if (!fresh) throw invalid()
  return verify(fresh)
}

/**
 * Webhook intake: parse the hint, find the tenant it names, verify the delivery with that tenant's secret
 * (the helpdesk's own verifier, which also says how long a copy counts as a replay), refuse replays, queue the job; nothing else happens before the 2xx. Concurrent deliveries are recorded and
 * queued together: one D1 round trip and one queue batch for many.
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
  const job: TicketEventJob = {
    kind: 'ticket_event',
    tenantId,
    helpdesk: adapter.kind,
    ticketId: event.ticketId,
    event: event.event,
    eventKey: event.eventKey,
    receivedAt: now.toISOString(),
  }
  const request = { headers, rawBody, now }
  // The second pass runs only when the tenant row changed since the secret was read: verify with the new one.
  for (const isCopyAllowed of [true, false]) {
    const { secret, delivery } = await verifyDelivery(env, adapter, tenantId, request, isCopyAllowed)
    const outcome = await deliveryIntakeFor(tenantDatabase(env, tenantId), env.JOBS).submit({
      tenantId,
      deliveryId: delivery.deliveryId,
      expiresAt: delivery.rememberUntil.getTime(),
      secretVersion: secret.version,
      job,
    })
    if (outcome.status === 'queued') return job
    if (outcome.status === 'replayed')
      throw new AppError('webhook_replayed', 'This signed delivery was already accepted')
    if (outcome.status === 'unqueued')
      throw new AppError('internal', 'The job could not be queued', { cause: outcome.cause })
    if (outcome.currentVersion === null) throw invalid()
  }
  throw invalid()
}
