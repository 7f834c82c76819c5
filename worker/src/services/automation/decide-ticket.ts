import {
  FINISHED_STATUSES,
  TAG_AUTO_REPLIED,
  TAG_DRAFT_NOTED,
  makeReason,
  skipReason,
  type Reason,
  type TicketEventName,
} from '@deskmate/shared'
import { createKbRepo } from '../../db/kb-repo.ts'
import { tenantDatabase } from '../../db/tenant-database.ts'
import type { Tenant } from '../../db/tenants-repo.ts'
import type { DailyUsage } from '../../db/usage-repo.ts'
import type { HelpdeskClient, HelpdeskTicket } from '../../helpdesks/adapter.ts'
import { HelpdeskApiError } from '../../helpdesks/fetch-with-retry.ts'
import { createEngineFor } from '../create-engine.ts'
import { resolveSettings } from '../tenant-settings.ts'
import { skipPlan, type AutomationPlan } from './plan-action.ts'
import { planTicket } from './plan-ticket.ts'

/** The plan, and the ticket as it was read for it (null when the helpdesk was not asked). */
export type DecidedTicket = { plan: AutomationPlan; ticket: HelpdeskTicket | null }

const readTicket = async (
  helpdesk: HelpdeskClient,
  ticketId: string,
  withFollowUp: boolean,
): Promise<HelpdeskTicket | null> => {
  try {
    return await helpdesk.fetchTicket(ticketId, { withFollowUp })
  } catch (err) {
    if (err instanceof HelpdeskApiError && err.upstreamStatus === 404) return null
    throw err
  }
}

/** Why a requester's reply is not looked at: Deskmate never answered (nor drafted for) the ticket. */
const unansweredReason = (tags: readonly string[]): Reason | null => {
  const present = tags.map((tag) => tag.toLowerCase())
  return present.includes(TAG_AUTO_REPLIED) || present.includes(TAG_DRAFT_NOTED)
    ? null
    : makeReason('not_answered')
}

/**
 * Re-reads the ticket (the webhook is only a hint), analyses it, retrieves articles, drafts when it may be
 * answered, and decides with the tenant's policy and today's `usage`. For a `requester_replied` event the
 * requester's latest public comment is read too: the policy escalates an answered ticket when it says the
 * answer did not help, and leaves it alone otherwise. No side effect other than LLM usage.
 */
export const decideTicket = async (
  env: Env,
  tenant: Tenant,
  helpdesk: HelpdeskClient | null,
  ticketId: string,
  usage: DailyUsage,
  event: TicketEventName = 'ticket_created',
): Promise<DecidedTicket> => {
  const settings = resolveSettings(tenant, Boolean(env.ANTHROPIC_API_KEY))
  if (settings.mode === 'off') return { plan: skipPlan('off', makeReason('mode_off')), ticket: null }
  if (!helpdesk) {
    return {
      plan: skipPlan(settings.mode, makeReason('helpdesk_not_connected')),
      ticket: null,
    }
  }
  const isFollowUp = event === 'requester_replied'
  const fetched = await readTicket(helpdesk, ticketId, isFollowUp)
  if (!fetched)
    return {
      plan: skipPlan(settings.mode, makeReason('ticket_not_found')),
      ticket: null,
    }
  const followUp = isFollowUp ? (fetched.followUp ?? '') : undefined
  const skip =
    (isFollowUp ? unansweredReason(fetched.tags) : null) ?? skipReason(fetched.tags, settings.mode, followUp)
  if (skip) return { plan: skipPlan(settings.mode, skip), ticket: fetched }
  if (FINISHED_STATUSES.has(fetched.status)) {
    return {
      plan: skipPlan(settings.mode, makeReason('ticket_closed')),
      ticket: fetched,
    }
  }

  let tokens = 0
  const engine = await createEngineFor({
    env,
    tenant,
    settings,
    usage,
    onUsage: (spent) => void (tokens += spent),
  })
  const kb = createKbRepo(tenantDatabase(env, tenant.id), tenant.id)
  const { plan } = await planTicket(fetched.ticket, {
    engine,
    settings,
    usage,
    ...(followUp === undefined ? {} : { followUp }),
    getArticles: (ids) => kb.getArticles(ids),
    getTranslations: (articles, language) => kb.findTranslations(articles, language),
    tokens: () => tokens,
  })
  return { plan, ticket: fetched }
}
