import type { SettingsChange, SettingsHistoryEntry } from '@deskmate/shared'

/**
 * Settings changes share the audit log with the automation's decisions: a row with no ticket
 * (`ticket_id = ''`), `decision = 'settings_changed'`, the admin in `allowed_json` and the changes in
 * `reasons_json`. The decision queries (audit-repo.ts) leave these rows out.
 */
export const SETTINGS_DECISION = 'settings_changed'

type HistoryRow = { id: string; created_at: string; reasons_json: string; allowed_json: string }

/** SQL for the audit of settings changes (who, when, before → after). */
export const createSettingsAuditRepo = (db: D1Database, tenantId: string) => ({
  /** The statement that records a change, batched with the settings write it explains. */
  insertStatement(
    entry: { changedBy: SettingsHistoryEntry['changedBy']; changes: SettingsChange[]; mode: string },
    now: Date,
  ): D1PreparedStatement {
    const id = crypto.randomUUID()
    return db
      .prepare(
        `INSERT INTO audit_log (id, tenant_id, ticket_id, event_key, mode, decision, reasons_json, allowed_json,
           engine, tokens, latency_ms, created_at) VALUES (?, ?, '', ?, ?, ?, ?, ?, 'console', 0, 0, ?)`,
      )
      .bind(
        id,
        tenantId,
        `settings:${id}`,
        entry.mode,
        SETTINGS_DECISION,
        JSON.stringify(entry.changes),
        JSON.stringify(entry.changedBy),
        now.toISOString(),
      )
  },

  /** The latest changes, newest first. */
  async list(limit: number): Promise<SettingsHistoryEntry[]> {
    const { results } = await db
      .prepare(
        `SELECT id, created_at, reasons_json, allowed_json FROM audit_log
         WHERE tenant_id = ?1 AND ticket_id = '' AND decision = ?2
         ORDER BY created_at DESC, rowid DESC LIMIT ?3`,
      )
      .bind(tenantId, SETTINGS_DECISION, limit)
      .all<HistoryRow>()
    return results.map((row) => ({
      id: row.id,
      changedAt: row.created_at,
      changedBy: JSON.parse(row.allowed_json) as SettingsHistoryEntry['changedBy'],
      changes: JSON.parse(row.reasons_json) as SettingsChange[],
    }))
  },
})
export type SettingsAuditRepo = ReturnType<typeof createSettingsAuditRepo>
