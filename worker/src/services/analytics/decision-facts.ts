import {
  clockFromPolicy,
  redactPii,
  slaStatusAt,
  type Analysis,
  type Reason,
  type Settings,
  type SlaState,
  type Ticket,
} from '@deskmate/shared'
import type { DraftResult } from '../../engines/engine.ts'

/** What the analytics count about one decided ticket, beyond the decision and its reasons. */
export type DecisionFacts = {
  category: string
  language: string
  sentiment: string
  /** The sentiment score, −1 … 1. */
  sentimentScore: number
  channel: string
  /** The ticket's SLA state under the fallback policy when it was decided; null when it has no clock. */
  sla: SlaState | null
  /** The articles the reply or draft cited. */
  articleIds: string[]
  /** For a ticket no article answered: its subject and opening, redacted, for the knowledge gaps. */
  gap?: { subject: string; excerpt: string }
}

/** Reasons that say the knowledge base had no answer. */
export const GAP_REASONS: readonly string[] = ['low_retrieval_confidence', 'no_answer', 'no_citation']

/** The longest subject and excerpt kept for a knowledge gap. */
export const GAP_TEXT_LIMITS = { subject: 200, excerpt: 400 } as const

/** Whether a decision's reasons say no article answered the ticket. */
export const isGap = (reasons: readonly Reason[]): boolean =>
  reasons.some((r) => GAP_REASONS.includes(r.code))

const clip = (text: string, max: number): string => redactPii(text.trim().slice(0, max)).text.slice(0, max)

/**
 * The facts of a planned ticket the analytics count.
 * @example decisionFacts({ ticket, analysis, draft: null, reasons, settings, now }).category // 'billing'
 */
export const decisionFacts = (input: {
  ticket: Ticket
  analysis: Analysis
  draft: DraftResult | null
  reasons: readonly Reason[]
  settings: Pick<Settings, 'sla'>
  now: Date
}): DecisionFacts => {
  const { ticket, analysis } = input
  const tierTags = [...(ticket.requester?.tags ?? []), ...(ticket.requester?.organizationTags ?? [])]
  const clock = clockFromPolicy(
    {
      createdAt: ticket.createdAt,
      channel: ticket.channel,
      priority: ticket.priority,
      tierTags,
      hasAgentReply: false,
      isSolved: false,
    },
    input.settings.sla,
  )
  const facts: DecisionFacts = {
    category: analysis.category.label,
    language: analysis.language.code,
    sentiment: analysis.sentiment.label,
    sentimentScore: analysis.sentiment.score,
    channel: ticket.channel ?? 'unknown',
    sla: slaStatusAt(clock, input.now).state,
    articleIds: (input.draft?.citations ?? []).map((citation) => citation.id),
  }
  if (!isGap(input.reasons)) return facts
  return {
    ...facts,
    gap: {
      subject: clip(ticket.subject, GAP_TEXT_LIMITS.subject),
      excerpt: clip(ticket.body, GAP_TEXT_LIMITS.excerpt),
    },
  }
}
