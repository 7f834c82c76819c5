import { AppError, type Ticket } from '@deskmate/shared'
import { LLM_TIMEOUTS_MS } from '../../llm/create-client.ts'
import { countUsageTokens } from '../../llm/count-usage-tokens.ts'
import { mapLlmError } from '../../llm/map-llm-error.ts'
import { parseTicketLabels, type ClaudeLabels } from '../../llm/parse-tool-output.ts'
import { buildClassifyRequest } from '../../llm/prompts/classify.ts'
import type { TicketInsights } from '../engine.ts'
import { DEFAULT_CONFIDENCE_THRESHOLD, type ClaudeEngineOptions } from './options.ts'

const LABEL_FIELDS = ['category', 'priority', 'type'] as const

/** True when every local label is at least as confident as the threshold (Claude is not needed). */
export const isConfidentEnough = (insights: TicketInsights, threshold: number): boolean =>
  LABEL_FIELDS.every((field) => insights[field].confidence >= threshold)

/**
 * Claude's labels replace only the local labels under the threshold, and its sentiment replaces the local
 * one; language and entities stay local. `engine` says whether any Claude value was kept.
 */
export const mergeInsights = (
  local: TicketInsights,
  claude: ClaudeLabels,
  threshold: number,
  tokens: number,
): TicketInsights => {
  const merged: TicketInsights = { ...local, tokens: local.tokens + tokens }
  let isClaudeUsed = false
  for (const field of LABEL_FIELDS) {
    const label = claude[field]
    if (label && local[field].confidence < threshold) {
      merged[field] = label
      isClaudeUsed = true
    }
  }
  if (claude.sentiment) {
    merged.sentiment = claude.sentiment
    isClaudeUsed = true
  }
  return { ...merged, engine: isClaudeUsed ? 'claude' : 'local' }
}

/** Local analysis first; Claude (forced tool call) only for low-confidence tickets; local on any failure. */
export const analyzeWithCascade = async (
  ticket: Ticket,
  opts: ClaudeEngineOptions,
): Promise<TicketInsights> => {
  const local = await opts.local.analyze(ticket)
  const threshold = opts.confidenceThreshold ?? DEFAULT_CONFIDENCE_THRESHOLD
  if (isConfidentEnough(local, threshold)) return local
  const reservation = opts.budget ? await opts.budget.reserve() : undefined
  if (reservation === null) return local
  let tokens = 0
  try {
    const request = buildClassifyRequest({ model: opts.models.classify, categories: opts.categories, ticket })
    const message = await opts.client.messages.create(request, {
      timeout: opts.timeouts?.classifyMs ?? LLM_TIMEOUTS_MS.classify,
    })
    tokens = countUsageTokens(message.usage)
    opts.onUsage?.(tokens)
    const labels = parseTicketLabels(message, opts.categories)
    if (!labels) {
      opts.onFallback?.(new AppError('llm_upstream', 'The classification tool output was invalid'))
      return { ...local, tokens: local.tokens + tokens }
    }
    return mergeInsights(local, labels, threshold, tokens)
  } catch (err) {
    opts.onFallback?.(mapLlmError(err))
    return local
  } finally {
    await reservation?.settle(tokens)
  }
}
