import { createWebhookDeliveriesRepo, type DeliveryRecord } from '../../db/webhook-deliveries-repo.ts'
import type { TicketEventJob } from '../../queue/jobs.ts'
import { createGroupCommit, type GroupCommit } from './group-commit.ts'

/** A verified delivery and the job it asks for. */
export type DeliveryItem = DeliveryRecord & { job: TicketEventJob }

/** What became of a delivery: queued, a replay, verified with an outdated secret (or tenant gone), or not queued. */
export type DeliveryOutcome =
  | { status: 'queued' }
  | { status: 'replayed' }
  | { status: 'stale'; currentVersion: number | null }
  | { status: 'unqueued'; cause: unknown }

// The queue takes at most 100 messages per sendBatch. One flush at a time per isolate: a delivery waits for the
// running flush and its own, and D1 sees one batch at a time from an isolate. Under load a delivery waits about
// one flush's time (at most 8 ms) for company before flushing: every flush costs a D1 batch and a sendBatch, so
// fewer, larger flushes carry the same deliveries for less CPU.
const GROUPING = { maxItems: 100, maxInFlight: 1, lingerMs: 8 }

/** Expired deliveries are pruned once this many have been recorded since the last prune (and on the first flush). */
const PRUNE_EVERY = 100

/**
 * Remembers a batch of deliveries and queues the new ones: one D1 round trip and one sendBatch for the whole
 * batch (a second D1 read only when a delivery was not written: a replay, or a secret rotated meanwhile). When
 * queuing fails, the deliveries are forgotten again so the helpdesk's retries are accepted. Expired deliveries
 * are pruned with every hundredth new one, up to four times as many as were recorded since, so pruning keeps
 * pace with the intake.
 */
export const flushDeliveries = (db: D1Database, queue: Queue) => {
  let sincePrune = PRUNE_EVERY
  return async (items: DeliveryItem[]): Promise<DeliveryOutcome[]> => {
    const repo = createWebhookDeliveriesRepo(db)
    const pruneLimit = sincePrune >= PRUNE_EVERY ? Math.max(500, 4 * sincePrune) : 0
    const inserted = await repo.record(items, new Date(), pruneLimit)
    sincePrune = (pruneLimit > 0 ? 0 : sincePrune) + inserted.size
    const keyOf = (item: DeliveryItem) => `${item.tenantId} ${item.deliveryId}`
    // Every delivery written means every secret was current: the tenants' versions are read only otherwise.
    const isAllNew = inserted.size === items.length
    const versions = isAllNew ? null : await repo.versionsOf(items.map((item) => item.tenantId))
    const taken = new Set<string>()
    const outcomes: DeliveryOutcome[] = items.map((item) => {
      const version = versions ? (versions.get(item.tenantId) ?? null) : item.secretVersion
      if (version !== item.secretVersion) return { status: 'stale', currentVersion: version }
      const key = keyOf(item)
      // Two copies of one delivery in the same batch: the first is new, the second a replay.
      if (!inserted.has(key) || taken.has(key)) return { status: 'replayed' }
      taken.add(key)
      return { status: 'queued' }
    })
    const toQueue = items.filter((_, i) => outcomes[i]?.status === 'queued')
    if (toQueue.length === 0) return outcomes
    try {
      await queue.sendBatch(toQueue.map((item) => ({ body: item.job })))
      return outcomes
    } catch (cause) {
      await repo.forget(toQueue)
      return outcomes.map((outcome) =>
        outcome.status === 'queued' ? { status: 'unqueued', cause } : outcome,
      )
    }
  }
}

// One group commit per database and queue: deliveries are recorded where their tenant's row is.
const intakes = new WeakMap<D1Database, WeakMap<Queue, GroupCommit<DeliveryItem, DeliveryOutcome>>>()

/** The isolate's group commit of webhook deliveries into `db`, queued on `queue`. */
export const deliveryIntakeFor = (
  db: D1Database,
  queue: Queue,
): GroupCommit<DeliveryItem, DeliveryOutcome> => {
  const byQueue = intakes.get(db) ?? new WeakMap<Queue, GroupCommit<DeliveryItem, DeliveryOutcome>>()
  intakes.set(db, byQueue)
  let intake = byQueue.get(queue)
  if (!intake) {
    intake = createGroupCommit(flushDeliveries(db, queue), GROUPING)
    byQueue.set(queue, intake)
  }
  return intake
}
