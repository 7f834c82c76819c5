import type { UsageRepo } from '../db/usage-repo.ts'
import type { LlmBudget } from '../engines/claude/options.ts'
import { logEvent } from '../http/log.ts'

/** What one LLM call holds of the budget until its real token count is known (a draft with a long ticket). */
export const LLM_RESERVATION_TOKENS = 4_000

/**
 * The tenant's daily LLM budget in D1: each call reserves `LLM_RESERVATION_TOKENS` atomically before it starts
 * (refused once the day's tokens reach the budget) and settles to the tokens it really used when it ends.
 */
export const createLlmBudget = (usage: UsageRepo, dailyTokens: number, now: () => Date): LlmBudget => ({
  async reserve() {
    const day = now()
    if (!(await usage.reserveLlmTokens(day, LLM_RESERVATION_TOKENS, dailyTokens))) return null
    let isSettled = false
    return {
      async settle(tokens) {
        if (isSettled) return
        isSettled = true
        // A failed write leaves the reservation counted: the answer already reached the agent, and the budget errs
        // on the side of spending less.
        await usage
          .addStatement(day, { llmTokens: tokens - LLM_RESERVATION_TOKENS })
          .run()
          .catch((err: unknown) => logEvent('warn', 'llm_budget_settle_failed', { cause: String(err) }))
      },
    }
  },
})
