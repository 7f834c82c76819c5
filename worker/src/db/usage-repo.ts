/** Today's usage counters for the auto-reply cap and the LLM budget. */
export type DailyUsage = { autoRepliesToday: number; llmTokensToday: number }

const dayOf = (now: Date): string => now.toISOString().slice(0, 10)

type UsageRow = { auto_replies: number; llm_tokens: number }

/** Today's counters from the row `todayStatement` read (no row yet today: zeros). */
export const toDailyUsage = (row: UsageRow | null | undefined): DailyUsage => ({
  autoRepliesToday: row?.auto_replies ?? 0,
  llmTokensToday: row?.llm_tokens ?? 0,
})

const todayStatementOf = (db: D1Database, tenantId: string, now: Date): D1PreparedStatement =>
  db
    .prepare('SELECT auto_replies, llm_tokens FROM usage_daily WHERE tenant_id = ? AND day = ?')
    .bind(tenantId, dayOf(now))

/** SQL for per-tenant daily usage counters (UTC days). */
export const createUsageRepo = (db: D1Database, tenantId: string) => ({
  async today(now: Date): Promise<DailyUsage> {
    return toDailyUsage(await todayStatementOf(db, tenantId, now).first<UsageRow>())
  },

  /** The statement that reads today's counters (batchable with the other reads of a request). */
  todayStatement(now: Date): D1PreparedStatement {
    return todayStatementOf(db, tenantId, now)
  },

  /** The statement that adds to today's counters (batchable with the write it accounts for). */
  addStatement(now: Date, add: { autoReplies?: number; llmTokens?: number }): D1PreparedStatement {
    return db
      .prepare(
        `INSERT INTO usage_daily (tenant_id, day, auto_replies, llm_tokens) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (tenant_id, day) DO UPDATE SET auto_replies = auto_replies + ?3, llm_tokens = llm_tokens + ?4`,
      )
      .bind(tenantId, dayOf(now), add.autoReplies ?? 0, add.llmTokens ?? 0)
  },
})
export type UsageRepo = ReturnType<typeof createUsageRepo>
