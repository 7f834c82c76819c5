/** Where an event is in the pipeline: received → decided (plan recorded, not yet done) → done or failed. */
export const EVENT_STATUSES = ['received', 'decided', 'done', 'failed'] as const
export type EventStatus = (typeof EVENT_STATUSES)[number]

/** The idempotency record of one ticket event. */
export type EventRecord<Plan> = { status: EventStatus; attempts: number; plan: Plan | null }

type EventRow = { status: EventStatus; attempts: number; plan_json: string | null }

const toRecord = <Plan>(row: EventRow): EventRecord<Plan> => ({
  status: row.status,
  attempts: row.attempts,
  plan: row.plan_json ? (JSON.parse(row.plan_json) as Plan) : null,
})

/** SQL for ticket events (one outcome per event). */
export const createWebhookEventsRepo = (db: D1Database, tenantId: string) => ({
  /**
   * Takes the event for `leaseMs`: creates its record on first sight, or re-takes it when it is unfinished and
   * no other consumer holds it. Returns the record, or null when the event is finished or held elsewhere.
   */
  async claim<Plan>(
    eventKey: string,
    ticketId: string,
    now: Date,
    leaseMs: number,
  ): Promise<EventRecord<Plan> | null> {
    const row = await db
      .prepare(
        `INSERT INTO webhook_events (tenant_id, event_key, ticket_id, status, attempts, lease_until, received_at, updated_at)
         VALUES (?1, ?2, ?3, 'received', 1, ?4 + ?5, ?6, ?6)
         ON CONFLICT (tenant_id, event_key) DO UPDATE SET attempts = attempts + 1, lease_until = ?4 + ?5, updated_at = ?6
           WHERE status IN ('received', 'decided') AND lease_until <= ?4
         RETURNING status, attempts, plan_json`,
      )
      .bind(tenantId, eventKey, ticketId, now.getTime(), leaseMs, now.toISOString())
      .first<EventRow>()
    return row ? toRecord<Plan>(row) : null
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

  /** The statement that records the plan before acting (only once: a later attempt keeps the first plan). */
  decideStatement(eventKey: string, plan: unknown, now: Date): D1PreparedStatement {
    return db
      .prepare(
        `UPDATE webhook_events SET status = 'decided', plan_json = ?3, updated_at = ?4
         WHERE tenant_id = ?1 AND event_key = ?2 AND status = 'received'`,
      )
      .bind(tenantId, eventKey, JSON.stringify(plan), now.toISOString())
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
      .prepare('SELECT status, attempts, plan_json FROM webhook_events WHERE tenant_id = ? AND event_key = ?')
      .bind(tenantId, eventKey)
      .first<EventRow>()
    return row ? toRecord<Plan>(row) : null
  },
})
export type WebhookEventsRepo = ReturnType<typeof createWebhookEventsRepo>
