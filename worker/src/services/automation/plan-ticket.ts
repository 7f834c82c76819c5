import type { Analysis, Settings, Suggestion, Ticket } from '@deskmate/shared'
import type { DailyUsage } from '../../db/usage-repo.ts'
import type { DraftArticle, DraftResult, Engine } from '../../engines/engine.ts'
import { decisionFacts } from '../analytics/decision-facts.ts'
import { analyzeTicket } from '../analyze-ticket.ts'
import { draftReply, type DraftDeps } from '../draft-reply.ts'
import { planAction, type AutomationPlan } from './plan-action.ts'

/** What planning one ticket reads: the tenant's engine, settings and usage, and its KB articles. */
export type PlanTicketDeps = {
  engine: Engine
  settings: Settings
  usage: DailyUsage
  /** The requester's latest public comment, when the event is a follow-up to Deskmate's answer. */
  followUp?: string
  getArticles: (ids: string[]) => Promise<DraftArticle[]>
  /** The same articles in another language, where the KB has them. */
  getTranslations?: DraftDeps['getTranslations']
  /** LLM tokens spent so far for this ticket (read after the draft). */
  tokens: () => number
}

/** The plan and what it was made from. */
export type PlannedTicket = {
  plan: AutomationPlan
  analysis: Analysis
  suggestions: Suggestion[]
  draft: DraftResult | null
}

/**
 * The automation's decision for a ticket it may act on: analyse, retrieve, draft when the policy allows an
 * answer, then plan. The webhook pipeline and `npm run eval -- decide` both run exactly this.
 * @example const { plan } = await planTicket(ticket, { engine, settings, usage, getArticles, tokens })
 */
export const planTicket = async (ticket: Ticket, deps: PlanTicketDeps): Promise<PlannedTicket> => {
  const { engine, settings } = deps
  const { analysis, suggestions } = await analyzeTicket(ticket, {
    engine,
    settings,
    usage: deps.usage,
    ...(deps.followUp === undefined ? {} : { followUp: deps.followUp }),
  })
  let draft: DraftResult | null = null
  if (analysis.autoReply.eligible) {
    // No chosen ids: the draft picks the suggestions that clear the tenant's threshold, with their confidence.
    const events = draftReply(
      { ticket, tone: 'friendly', language: analysis.language.code },
      { engine, settings, getArticles: deps.getArticles, getTranslations: deps.getTranslations },
      { insights: analysis, suggestions },
    )
    for await (const event of events) if (event.type === 'done') draft = event.draft
  }
  const planned = planAction({
    settings,
    ticketPriority: ticket.priority,
    analysis,
    suggestions,
    draft,
    tokens: deps.tokens(),
  })
  const facts = decisionFacts({
    ticket,
    analysis,
    draft,
    reasons: planned.reasons,
    settings,
    now: new Date(),
  })
  const plan = { ...planned, facts }
  return { plan, analysis, suggestions, draft }
}
