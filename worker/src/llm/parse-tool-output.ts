import type { Message } from '@anthropic-ai/sdk/resources/messages'
import {
  PRIORITIES,
  TICKET_TYPES,
  ZScoredLabel,
  ZSentiment,
  type ScoredLabel,
  type Sentiment,
} from '@deskmate/shared'
import { TICKET_LABELS_TOOL_NAME } from './ticket-labels-tool.ts'

/** What Claude said about a ticket; a field is absent when its value was invalid. */
export type ClaudeLabels = {
  category?: ScoredLabel
  priority?: ScoredLabel
  type?: ScoredLabel
  sentiment?: Sentiment
}

// Used when the labels are valid but the model's own confidence is not a number in [0, 1].
const UNSTATED_CONFIDENCE = 0.7

const ZConfidence = ZScoredLabel.shape.confidence

const pickLabel = (
  value: unknown,
  allowed: readonly string[],
  confidence: number,
): ScoredLabel | undefined => {
  const parsed = ZScoredLabel.safeParse({ label: value, confidence })
  return parsed.success && allowed.includes(parsed.data.label) ? parsed.data : undefined
}

/**
 * Validates the forced tool call field by field: a label outside its enum (or a malformed sentiment) is
 * dropped, so it can never reach a caller. Returns null when the answer has no usable tool call at all.
 */
export const parseTicketLabels = (message: Message, categories: readonly string[]): ClaudeLabels | null => {
  const call = message.content.find(
    (block) => block.type === 'tool_use' && block.name === TICKET_LABELS_TOOL_NAME,
  )
  if (call?.type !== 'tool_use' || typeof call.input !== 'object' || call.input === null) return null
  const input = call.input as Record<string, unknown>
  const stated = ZConfidence.safeParse(input.confidence)
  const confidence = stated.success ? stated.data : UNSTATED_CONFIDENCE
  const sentiment = ZSentiment.safeParse(input.sentiment)
  const labels: ClaudeLabels = {
    category: pickLabel(input.category, categories, confidence),
    priority: pickLabel(input.priority, PRIORITIES, confidence),
    type: pickLabel(input.type, TICKET_TYPES, confidence),
    sentiment: sentiment.success ? sentiment.data : undefined,
  }
  const valid = Object.fromEntries(Object.entries(labels).filter(([, value]) => value !== undefined))
  return Object.keys(valid).length > 0 ? valid : null
}
