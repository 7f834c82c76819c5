import {
  decideEligibility,
  ticketText,
  type Analysis,
  type Settings,
  type Suggestion,
  type Ticket,
} from '@deskmate/shared'
import type { DailyUsage } from '../db/usage-repo.ts'
import type { Engine, TicketInsights } from '../engines/engine.ts'
import { findSensitiveTopics } from '../engines/local/topics/find-sensitive-topics.ts'

/** What analysis needs besides the ticket (and, for a ticket Deskmate answered, the customer's follow-up). */
export type AnalyzeDeps = { engine: Engine; settings: Settings; usage: DailyUsage; followUp?: string }

/** Analysis plus the articles it retrieved (the automation reuses them for the draft). */
export type AnalyzeResult = { analysis: Analysis; suggestions: Suggestion[]; insights: TicketInsights }

const SUGGESTIONS_FOR_POLICY = 3

/**
 * Classifies the ticket, retrieves articles and decides auto-reply eligibility with the tenant's settings.
 * @example const { analysis } = await analyzeTicket(ticket, { engine, settings, usage })
 */
export const analyzeTicket = async (ticket: Ticket, deps: AnalyzeDeps): Promise<AnalyzeResult> => {
  const started = Date.now()
  const insights = await deps.engine.analyze(ticket)
  const analyzedAt = Date.now()
  const text = ticketText(ticket)
  const suggestions = await deps.engine.suggest({
    text,
    language: insights.language.code,
    limit: SUGGESTIONS_FOR_POLICY,
  })
  // Whatever engine analysed the ticket, sensitive topics come from the local patterns and topic scorer.
  const sensitiveTopics = findSensitiveTopics(text)
  const confident = suggestions.filter((s) => s.confidence >= deps.settings.retrievalThreshold)
  const autoReply = decideEligibility({
    settings: deps.settings,
    ticket,
    category: insights.category.label,
    priority: insights.priority.label,
    language: insights.language.code,
    sentiment: insights.sentiment,
    sensitiveTopics,
    retrievalConfidence: suggestions[0]?.confidence ?? null,
    topArticle: suggestions[0] ? { id: suggestions[0].id, title: suggestions[0].title } : null,
    // The draft composer cites the articles that clear the threshold.
    citedArticles: confident.length,
    usage: deps.usage,
    ...(deps.followUp === undefined ? {} : { followUp: deps.followUp }),
  })
  const finished = Date.now()
  const { tokens: _tokens, ...fields } = insights
  return {
    analysis: {
      ...fields,
      sensitiveTopics,
      autoReply,
      timings: {
        analyzeMs: analyzedAt - started,
        suggestMs: finished - analyzedAt,
        totalMs: finished - started,
      },
    },
    suggestions,
    insights,
  }
}
