/** One day's counters of a tenant. */
export type DailyCounters = { day: string; counters: Record<string, number> }

/** SQL for the per-tenant daily analytics counters (kept in step with the audit log). */
export const createAnalyticsRepo = (db: D1Database, tenantId: string) => ({
  /**
   * The statement that adds `increments` to the counters of `now`'s UTC day, for the batch that audits the
   * decision. Counter names are bound as JSON paths, never spliced into the SQL.
   */
  incrementStatement(increments: Record<string, number>, now: Date): D1PreparedStatement {
    const entries = Object.entries(increments)
    const sets = entries
      .map((_entry, i) => `?${4 + 2 * i}, coalesce(json_extract(counters, ?${4 + 2 * i}), 0) + ?${5 + 2 * i}`)
      .join(', ')
    const values = entries.flatMap(([key, by]) => [`$."${key}"`, by])
    return db
      .prepare(
        `INSERT INTO analytics_daily (tenant_id, day, counters) VALUES (?1, ?2, ?3)
         ON CONFLICT (tenant_id, day) DO UPDATE SET counters = json_set(counters, ${sets})`,
      )
      .bind(tenantId, now.toISOString().slice(0, 10), JSON.stringify(increments), ...values)
  },

  /** The counters of each day from `from` to `to` (UTC days, inclusive) that has any. */
  async range(from: string, to: string): Promise<DailyCounters[]> {
    const { results } = await db
      .prepare(
        'SELECT day, counters FROM analytics_daily WHERE tenant_id = ? AND day >= ? AND day <= ? ORDER BY day',
      )
      .bind(tenantId, from, to)
      .all<{ day: string; counters: string }>()
    return results.map((row) => ({
      day: row.day,
      counters: JSON.parse(row.counters) as Record<string, number>,
    }))
  },
})
export type AnalyticsRepo = ReturnType<typeof createAnalyticsRepo>
