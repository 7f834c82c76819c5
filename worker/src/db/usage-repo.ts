/** Today's usage counters for the auto-reply cap and the LLM budget. */
export type DailyUsage = { autoRepliesToday: number; llmTokensToday: number }

/** The UTC day whose counters `now` counts in (`usage_daily.day`). */
export const usageDay = (now: Date): string => now.toISOString().slice(0, 10)

/** SQL for per-tenant daily usage counters (UTC days). */
type UsageRow = { auto_replies: number; llm_tokens: number }

const toUsage = (row: UsageRow | null | undefined): DailyUsage => ({
  autoRepliesToday: row?.auto_replies ?? 0,
  llmTokensToday: row?.llm_tokens ?? 0,
})

export const createUsageRepo = (db: D1Database, tenantId: string) => ({
  async today(now: Date): Promise<DailyUsage> {
    return toUsage(await this.todayStatement(now).first<UsageRow>())
  },

  /** The statement that reads today's counters (batch it with a job's other reads; `readToday` reads it). */
  todayStatement(now: Date): D1PreparedStatement {
    return db
      .prepare('SELECT auto_replies, llm_tokens FROM usage_daily WHERE tenant_id = ? AND day = ?')
      .bind(tenantId, usageDay(now))
  },

  /** The counters from a result whose first row has `auto_replies` and `llm_tokens` (none or null: zero). */
  readToday(result: D1Result | undefined): DailyUsage {
    return toUsage(result?.results[0] as UsageRow | undefined)
  },

  /**
   * Takes `tokens` from today's LLM budget while some is left, in one statement, so two requests cannot both
   * take its last unit. Returns false, reserving nothing, when the budget is used up.
   */
  async reserveLlmTokens(now: Date, tokens: number, budget: number): Promise<boolean> {
    if (budget <= 0) return false
    const row = await db
      .prepare(
        `INSERT INTO usage_daily (tenant_id, day, auto_replies, llm_tokens) VALUES (?1, ?2, 0, ?3)
         ON CONFLICT (tenant_id, day) DO UPDATE SET llm_tokens = llm_tokens + ?3 WHERE llm_tokens < ?4
         RETURNING llm_tokens`,
      )
      .bind(tenantId, usageDay(now), tokens, budget)
      .first<{ llm_tokens: number }>()
    return row !== null
  },

  /** The statement that adds to today's counters (batchable with the write it accounts for). */
  addStatement(now: Date, add: { autoReplies?: number; llmTokens?: number }): D1PreparedStatement {
    return db
      .prepare(
        `INSERT INTO usage_daily (tenant_id, day, auto_replies, llm_tokens) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (tenant_id, day) DO UPDATE SET auto_replies = auto_replies + ?3, llm_tokens = llm_tokens + ?4`,
      )
      .bind(tenantId, usageDay(now), add.autoReplies ?? 0, add.llmTokens ?? 0)
  },
})
export type UsageRepo = ReturnType<typeof createUsageRepo>
