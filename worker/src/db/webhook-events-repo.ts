import { usageDay } from './usage-repo.ts'

/** Where an event is in the pipeline: received → decided (plan recorded, not yet done) → done or failed. */
export const EVENT_STATUSES = ['received', 'decided', 'done', 'failed'] as const
export type EventStatus = (typeof EVENT_STATUSES)[number]

/**
 * The idempotency record of one ticket event: its plan, the ticket stamp its write is conditioned on (null
 * until decided), and the steps of the write already landed, so a retry repeats none of them.
 */
export type EventRecord<Plan> = {
  status: EventStatus
  attempts: number
  plan: Plan | null
  writeStamp: string | null
  doneSteps: string[]
}

type EventRow = {
  status: EventStatus
  attempts: number
  plan_json: string | null
  write_stamp: string | null
}

// The landed steps live beside the plan in plan_json (under DONE_STEPS_KEY), written as they land.
const DONE_STEPS_KEY = 'doneSteps'

const toRecord = <Plan>(row: EventRow): EventRecord<Plan> => {
  const stored = row.plan_json ? (JSON.parse(row.plan_json) as Record<string, unknown>) : null
  const { [DONE_STEPS_KEY]: doneSteps, ...plan } = stored ?? {}
  return {
    status: row.status,
    attempts: row.attempts,
    plan: stored ? (plan as Plan) : null,
    writeStamp: row.write_stamp,
    doneSteps: Array.isArray(doneSteps) ? doneSteps.filter((step) => typeof step === 'string') : [],
  }
}

/** SQL for ticket events (one outcome per event). */
export const createWebhookEventsRepo = (db: D1Database, tenantId: string) => ({
  /**
   * The statement that takes the event for `leaseMs` (batch it with the job's other reads; `readClaim` reads
   * its result): creates its record on first sight, or re-takes it when it is unfinished and no other consumer
   * holds it. Nothing is written for a tenant that no longer exists. Its row also carries the tenant's usage
   * counters of `now`'s UTC day (`createUsageRepo(…).readToday` reads them), which a claimed event needs next:
   * one statement fewer than reading them apart.
   */
  claimStatement(eventKey: string, ticketId: string, now: Date, leaseMs: number): D1PreparedStatement {
    return db
      .prepare(
        `INSERT INTO webhook_events (tenant_id, event_key, ticket_id, status, attempts, lease_until, received_at, updated_at)
         SELECT ?1, ?2, ?3, 'received', 1, ?4 + ?5, ?6, ?6 WHERE EXISTS (SELECT 1 FROM tenants WHERE id = ?1)
         ON CONFLICT (tenant_id, event_key) DO UPDATE SET attempts = attempts + 1, lease_until = ?4 + ?5, updated_at = ?6
           WHERE status IN ('received', 'decided') AND lease_until <= ?4
         RETURNING status, attempts, plan_json, write_stamp,
           (SELECT auto_replies FROM usage_daily WHERE tenant_id = ?1 AND day = ?7) AS auto_replies,
           (SELECT llm_tokens FROM usage_daily WHERE tenant_id = ?1 AND day = ?7) AS llm_tokens`,
      )
      .bind(tenantId, eventKey, ticketId, now.getTime(), leaseMs, now.toISOString(), usageDay(now))
  },

  /** The claimed record, or null when the event is finished or held elsewhere. */
  readClaim<Plan>(result: D1Result | undefined): EventRecord<Plan> | null {
    const row = (result?.results[0] as EventRow | undefined) ?? null
    return row ? toRecord<Plan>(row) : null
  },

  /** Takes the event for `leaseMs` on its own (see `claimStatement`). */
  async claim<Plan>(
    eventKey: string,
    ticketId: string,
    now: Date,
    leaseMs: number,
  ): Promise<EventRecord<Plan> | null> {
    return this.readClaim<Plan>(await this.claimStatement(eventKey, ticketId, now, leaseMs).all())
  },

  /** Counts a delivery of a finished event; false when the event is not finished (another consumer holds it). */
  async noteDuplicate(eventKey: string): Promise<boolean> {
    const row = await db
      .prepare(
        `UPDATE webhook_events SET duplicates = duplicates + 1
         WHERE tenant_id = ? AND event_key = ? AND status IN ('done', 'failed') RETURNING duplicates`,
      )
      .bind(tenantId, eventKey)
      .first<{ duplicates: number }>()
    return row !== null
  },

  /** Gives the event back after a failed attempt, so the queue's retry can take it at once. */
  async release(eventKey: string): Promise<void> {
    await db
      .prepare('UPDATE webhook_events SET lease_until = 0 WHERE tenant_id = ? AND event_key = ?')
      .bind(tenantId, eventKey)
      .run()
  },

  /**
   * The statement that records the plan and the stamp its write is conditioned on, before acting (only once:
   * a later attempt keeps the first plan and stamp).
   */
  decideStatement(
    eventKey: string,
    plan: unknown,
    writeStamp: string | null,
    now: Date,
  ): D1PreparedStatement {
    return db
      .prepare(
        `UPDATE webhook_events SET status = 'decided', plan_json = ?3, write_stamp = ?4, updated_at = ?5
         WHERE tenant_id = ?1 AND event_key = ?2 AND status = 'received'`,
      )
      .bind(tenantId, eventKey, JSON.stringify(plan), writeStamp, now.toISOString())
  },

  /** Records which steps of the decided event's write have landed (the whole list so far). */
  async recordSteps(eventKey: string, doneSteps: readonly string[], now: Date): Promise<void> {
    await db
      .prepare(
        `UPDATE webhook_events SET plan_json = json_set(plan_json, '$.${DONE_STEPS_KEY}', json(?3)), updated_at = ?4
         WHERE tenant_id = ?1 AND event_key = ?2 AND status = 'decided'`,
      )
      .bind(tenantId, eventKey, JSON.stringify(doneSteps), now.toISOString())
      .run()
  },

  /** The statement that closes the event (batch it with the audit entry that explains it). */
  finishStatement(eventKey: string, status: 'done' | 'failed', now: Date): D1PreparedStatement {
    return db
      .prepare(
        'UPDATE webhook_events SET status = ?3, lease_until = 0, updated_at = ?4 WHERE tenant_id = ?1 AND event_key = ?2',
      )
      .bind(tenantId, eventKey, status, now.toISOString())
  },

  async find<Plan>(eventKey: string): Promise<EventRecord<Plan> | null> {
    const row = await db
      .prepare(
        'SELECT status, attempts, plan_json, write_stamp FROM webhook_events WHERE tenant_id = ? AND event_key = ?',
      )
      .bind(tenantId, eventKey)
      .first<EventRow>()
    return row ? toRecord<Plan>(row) : null
  },
})
export type WebhookEventsRepo = ReturnType<typeof createWebhookEventsRepo>
