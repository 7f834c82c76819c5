import {
  AppError,
  CHANNELS,
  OUTCOME_TAGS,
  POLICY_REASON_CODES,
  SUPPORTED_LANGUAGES,
  type DryRunResponse,
  type DryRunTicket,
  type Settings,
} from '@deskmate/shared'
import type { Tenant } from '../../db/tenants-repo.ts'
import type { HelpdeskClient, RecentTicket } from '../../helpdesks/adapter.ts'
import { analyzeTicket } from '../analyze-ticket.ts'
import { createEngineFor } from '../create-engine.ts'

const POLICY_CODES = new Set<string>(POLICY_REASON_CODES)
const NO_USAGE = { autoRepliesToday: 0, llmTokensToday: 0 }

/**
 * The settings a replay analyses with: everything the console can change opened wide (every category,
 * channel and language, threshold 0, no caps), so each ticket's analysis is computed once and the console
 * projects any threshold or category choice from it (`projectDryRun`).
 */
const replaySettings = (settings: Settings): Settings => ({
  ...settings,
  allowedCategories: settings.categories,
  allowedChannels: [...CHANNELS],
  languages: [...SUPPORTED_LANGUAGES],
  retrievalThreshold: 0,
  dailyAutoReplyCap: Number.MAX_SAFE_INTEGER,
  llmDailyTokenBudget: Number.MAX_SAFE_INTEGER,
})

/** A ticket as if it had just arrived: Deskmate's own outcome tags are not part of the customer's ticket. */
const asNew = ({ ticket }: RecentTicket['ticket']) => {
  const outcome = new Set<string>(OUTCOME_TAGS)
  return { ...ticket, tags: (ticket.tags ?? []).filter((tag) => !outcome.has(tag.toLowerCase())) }
}

/**
 * Replays the policy over the account's latest `limit` tickets, read from the helpdesk: analysis and article
 * retrieval only, no draft, nothing posted. LLM tokens (when the tenant uses Claude) are counted and returned.
 */
export const dryRun = async (
  env: Env,
  tenant: Tenant,
  settings: Settings,
  helpdesk: HelpdeskClient | null,
  limit: number,
): Promise<DryRunResponse> => {
  if (!helpdesk) throw new AppError('conflict', 'Connect the helpdesk API before a dry run')
  if (!helpdesk.listRecentTickets)
    throw new AppError('conflict', 'This helpdesk cannot list its tickets for a dry run yet')
  const recent = await helpdesk.listRecentTickets(limit)
  let tokens = 0
  const replay = replaySettings(settings)
  const engine = await createEngineFor({
    env,
    tenant,
    settings: replay,
    usage: NO_USAGE,
    onUsage: (spent) => void (tokens += spent),
  })
  const tickets: DryRunTicket[] = []
  for (const { ticket, agentReply } of recent) {
    const customerTicket = asNew(ticket)
    const { analysis, suggestions } = await analyzeTicket(customerTicket, {
      engine,
      settings: replay,
      usage: NO_USAGE,
    })
    const best = suggestions[0]
    tickets.push({
      ticketId: ticket.ticket.id,
      subject: customerTicket.subject ?? '',
      channel: customerTicket.channel ?? 'email',
      category: analysis.category.label,
      language: analysis.language.code,
      confidence: best?.confidence ?? null,
      article: best ? { id: best.id, title: best.title, url: best.url } : null,
      blockers: analysis.autoReply.reasons.filter((reason) => !POLICY_CODES.has(reason.code)),
      agentReply,
    })
  }
  return { tickets, tokens }
}
