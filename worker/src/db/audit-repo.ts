import type { ActivityItem, Decision, Reason } from '@deskmate/shared'

/** An audit_log row as the decision queries select it. */
export type AuditRow = {
  id: string
  ticket_id: string
  event_key: string
  mode: string
  decision: Decision
  reasons_json: string
  allowed_json: string
  engine: string
  tokens: number
  latency_ms: number
  created_at: string
  category: string | null
  language: string | null
}

/** The columns of a decision's row, as `AuditRow` reads them. */
export const AUDIT_COLUMNS = `id, ticket_id, event_key, mode, decision, reasons_json, allowed_json, engine, tokens,
  latency_ms, created_at, category, language`

/** One decision of the audit log as the API shows it. */
export const toActivityItem = (row: AuditRow): ActivityItem => ({
  id: row.id,
  ticketId: row.ticket_id,
  eventKey: row.event_key,
  mode: row.mode,
  decision: row.decision,
  reasons: JSON.parse(row.reasons_json) as Reason[],
  allowedBecause: JSON.parse(row.allowed_json) as Reason[],
  ...(row.category ? { category: row.category } : {}),
  ...(row.language ? { language: row.language } : {}),
  engine: row.engine,
  tokens: row.tokens,
  latencyMs: row.latency_ms,
  createdAt: row.created_at,
})

/** One decision to audit. */
export type AuditEntry = Omit<ActivityItem, 'id' | 'createdAt'>

/** SQL for the audit log of automation decisions. */
export const createAuditRepo = (db: D1Database, tenantId: string) => ({
  /** The statement that records a decision, so callers can batch it with the write it explains. */
  insertStatement(entry: AuditEntry, now: Date): D1PreparedStatement {
    return db
      .prepare(
        `INSERT INTO audit_log (id, tenant_id, ticket_id, event_key, mode, decision, reasons_json, allowed_json,
           engine, tokens, latency_ms, created_at, category, language)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .bind(
        crypto.randomUUID(),
        tenantId,
        entry.ticketId,
        entry.eventKey,
        entry.mode,
        entry.decision,
        JSON.stringify(entry.reasons satisfies Reason[]),
        JSON.stringify((entry.allowedBecause ?? []) satisfies Reason[]),
        entry.engine,
        entry.tokens,
        entry.latencyMs,
        now.toISOString(),
        entry.category ?? null,
        entry.language ?? null,
      )
  },

  async list(opts: { ticketId?: string; limit: number }): Promise<ActivityItem[]> {
    // Rows without a ticket are settings changes (settings-audit-repo.ts), not decisions.
    const where =
      opts.ticketId === undefined ? "tenant_id = ?1 AND ticket_id <> ''" : 'tenant_id = ?1 AND ticket_id = ?2'
    const stmt = db.prepare(
      `SELECT ${AUDIT_COLUMNS}
       FROM audit_log WHERE ${where} ORDER BY created_at DESC, rowid DESC LIMIT ?3`,
    )
    const { results } = await stmt.bind(tenantId, opts.ticketId ?? null, opts.limit).all<AuditRow>()
    return results.map(toActivityItem)
  },

  /** Decisions per kind since `since`. */
  async countSince(since: Date): Promise<Record<string, number>> {
    const { results } = await db
      .prepare(
        `SELECT decision, COUNT(*) AS n FROM audit_log WHERE tenant_id = ? AND created_at >= ? AND ticket_id <> ''
         GROUP BY decision`,
      )
      .bind(tenantId, since.toISOString())
      .all<{ decision: string; n: number }>()
    return Object.fromEntries(results.map((row) => [row.decision, row.n]))
  },
})
export type AuditRepo = ReturnType<typeof createAuditRepo>
