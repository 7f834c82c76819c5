import { z } from 'zod'
import { ZReason, type Reason } from './analyze.ts'
import type { Settings } from './settings.ts'

/** POST /v1/admin/dry-run body: how many of the account's latest tickets to replay. */
export const ZDryRunRequest = z.object({ limit: z.number().int().min(1).max(50).default(20) }).strict()
export type DryRunRequest = z.infer<typeof ZDryRunRequest>

/**
 * One replayed ticket: what the policy depends on and the console can change (category, channel, language,
 * the best article's confidence), what stands against an answer whatever the console says (`blockers`), and
 * the agents' first public reply, to judge the would-be answer against.
 */
export const ZDryRunTicket = z.object({
  ticketId: z.string(),
  subject: z.string(),
  channel: z.string(),
  category: z.string(),
  language: z.string(),
  confidence: z.number().nullable(),
  article: z.object({ id: z.string(), title: z.string(), url: z.string().nullable() }).nullable(),
  blockers: z.array(ZReason),
  agentReply: z.string().nullable(),
})
export type DryRunTicket = z.infer<typeof ZDryRunTicket>

/** POST /v1/admin/dry-run answer. Nothing was posted to the helpdesk. */
export const ZDryRunResponse = z.object({ tickets: z.array(ZDryRunTicket), tokens: z.number().int() })
export type DryRunResponse = z.infer<typeof ZDryRunResponse>

/** The settings a projection reads; the console changes them without asking the Worker again. */
export type DryRunPolicy = Pick<
  Settings,
  'retrievalThreshold' | 'allowedCategories' | 'allowedChannels' | 'languages'
>

/** Reason codes the policy's own settings produce (the projection decides them); the rest are blockers. */
export const POLICY_REASON_CODES = [
  'category_not_allowed',
  'channel_not_allowed',
  'language_not_supported',
  'low_retrieval_confidence',
  'no_citation',
  'daily_cap_reached',
  'llm_budget_exhausted',
] as const

/** One ticket's projected outcome. */
export type DryRunRow = { ticket: DryRunTicket; outcome: 'answer' | 'escalate'; reasons: Reason[] }

/** The projection over all replayed tickets. */
export type DryRunProjection = { rows: DryRunRow[]; answered: number; escalated: number; rate: number }

const reasonsFor = (ticket: DryRunTicket, policy: DryRunPolicy): Reason[] => {
  const reasons: Reason[] = []
  if (!(policy.allowedChannels as readonly string[]).includes(ticket.channel))
    reasons.push({
      code: 'channel_not_allowed',
      message: `Channel ${ticket.channel} is not automated`,
      params: { channel: ticket.channel },
    })
  if (!policy.allowedCategories.includes(ticket.category))
    reasons.push({
      code: 'category_not_allowed',
      message: `Category ${ticket.category} is not automated`,
      params: { category: ticket.category },
    })
  if (!(policy.languages as readonly string[]).includes(ticket.language))
    reasons.push({
      code: 'language_not_supported',
      message: `Language ${ticket.language} is not supported`,
      params: { language: ticket.language },
    })
  if (ticket.confidence === null || ticket.confidence < policy.retrievalThreshold)
    reasons.push({
      code: 'low_retrieval_confidence',
      message: 'No knowledge-base article answers it with enough confidence',
    })
  return [...reasons, ...ticket.blockers]
}

/**
 * What the policy would do with each replayed ticket, and the automation rate: the same rules as the
 * automation's eligibility for the settings the console changes, plus each ticket's fixed blockers.
 * @example projectDryRun(tickets, { ...settings, retrievalThreshold: 0.8 }).rate // 0.35
 */
export const projectDryRun = (tickets: readonly DryRunTicket[], policy: DryRunPolicy): DryRunProjection => {
  const rows = tickets.map((ticket): DryRunRow => {
    const reasons = reasonsFor(ticket, policy)
    return { ticket, outcome: reasons.length === 0 ? 'answer' : 'escalate', reasons }
  })
  const answered = rows.filter((row) => row.outcome === 'answer').length
  return {
    rows,
    answered,
    escalated: rows.length - answered,
    rate: rows.length === 0 ? 0 : answered / rows.length,
  }
}
