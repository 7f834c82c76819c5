import type Anthropic from '@anthropic-ai/sdk'
import type { AppError } from '@deskmate/shared'
import type { Engine } from '../engine.ts'

/** Tokens one Claude call holds of the daily budget; `settle` replaces them with what the call really used. */
export type LlmReservation = { settle(tokens: number): Promise<void> }

/** The tenant's daily LLM budget: null from `reserve` means it is used up (the engine answers locally). */
export type LlmBudget = { reserve(): Promise<LlmReservation | null> }

/** What the Claude engine needs: the local engine it cascades over, a client and the tenant's settings. */
export type ClaudeEngineOptions = {
  local: Engine
  client: Anthropic
  /** Model ids from the tenant's settings (`settings.models`). */
  models: { classify: string; draft: string }
  /** The tenant's taxonomy; Claude can only answer one of these. */
  categories: readonly string[]
  /** Claude is asked only when a local label's confidence is below this. Default 0.6. */
  confidenceThreshold?: number
  /** Per-request limits; a draft stream that goes quiet for `draftMs` is abandoned too. */
  timeouts?: { classifyMs?: number; draftMs?: number }
  /** Reserved before every Claude call and settled after it; without one, calls are not budgeted. */
  budget?: LlmBudget
  /** Called with the tokens of every Claude call (input, output, cache writes and reads). */
  onUsage?: (tokens: number) => void
  /** Called with the mapped error whenever a Claude failure made the engine fall back to local. */
  onFallback?: (error: AppError) => void
}

/** Default confidence under which a local label is sent to Claude. */
export const DEFAULT_CONFIDENCE_THRESHOLD = 0.6
