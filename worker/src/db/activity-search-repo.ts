import type { ActivityItem, ActivitySearchQuery } from '@deskmate/shared'
import { AUDIT_COLUMNS, toActivityItem, type AuditRow } from './audit-repo.ts'
import { likePattern } from './like-pattern.ts'

/** SQL for the console's activity log: the automation's decisions filtered and searched (no settings rows). */
export const createActivitySearchRepo = (db: D1Database, tenantId: string) => ({
  async search(query: Omit<ActivitySearchQuery, 'format'>): Promise<ActivityItem[]> {
    const { results } = await db
      .prepare(
        `SELECT ${AUDIT_COLUMNS}
         FROM audit_log
         WHERE tenant_id = ?1 AND ticket_id <> ''
           AND (?2 IS NULL OR decision = ?2)
           AND (?3 IS NULL OR created_at >= ?3)
           AND (?4 IS NULL OR created_at < ?4)
           AND (?5 IS NULL
             OR EXISTS (SELECT 1 FROM json_each(reasons_json) WHERE json_extract(value, '$.code') = ?5)
             OR EXISTS (SELECT 1 FROM json_each(allowed_json) WHERE json_extract(value, '$.code') = ?5))
           AND (?6 IS NULL OR ticket_id = ?6 OR reasons_json LIKE ?7 ESCAPE '\\' OR allowed_json LIKE ?7 ESCAPE '\\')
           AND (?9 IS NULL OR category = ?9)
           AND (?10 IS NULL OR language = ?10)
         ORDER BY created_at DESC, rowid DESC LIMIT ?8`,
      )
      .bind(
        tenantId,
        query.decision ?? null,
        query.from ? new Date(query.from).toISOString() : null,
        query.to ? new Date(query.to).toISOString() : null,
        query.reason ?? null,
        query.q ?? null,
        query.q ? likePattern(query.q) : null,
        query.limit,
        query.category ?? null,
        query.language ?? null,
      )
      .all<AuditRow>()
    return results.map(toActivityItem)
  },
})
