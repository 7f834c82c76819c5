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
// running flush and its own, and D1 sees one batch at a time from an isolate.
const GROUPING = { maxItems: 100, maxInFlight: 1 }

/**
 * Remembers a batch of deliveries and queues the new ones: one D1 round trip and one sendBatch for the whole
 * batch. When queuing fails, the deliveries are forgotten again so the helpdesk's retries are accepted.
 */
export const flushDeliveries =
  (db: D1Database, queue: Queue) =>
  async (items: DeliveryItem[]): Promise<DeliveryOutcome[]> => {
    const repo = createWebhookDeliveriesRepo(db)
    const { inserted, versions } = await repo.record(items, new Date())
    const taken = new Set<string>()
    const outcomes: DeliveryOutcome[] = items.map((item) => {
      const version = versions.get(item.tenantId) ?? null
      if (version !== item.secretVersion) return { status: 'stale', currentVersion: version }
      const key = `${item.tenantId} ${item.deliveryId}`
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
