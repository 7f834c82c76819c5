import { AppError } from '@deskmate/shared'
import type {
  HelpdeskAdapter,
  HelpdeskClient,
  HelpdeskConnection,
  HelpdeskTicket,
  UpdateResult,
  UpdateStep,
} from '../adapter.ts'
import { HelpdeskApiError } from '../fetch-with-retry.ts'
import { createFreshdeskApi, type FreshdeskApi, type FreshdeskContact, type FreshdeskTicket } from './api.ts'
import {
  listFreshdeskAnsweredQuestions,
  listFreshdeskArticleChanges,
  listFreshdeskPublishedIds,
} from './articles.ts'
import { listFreshdeskGroups } from './groups.ts'
import { hasPosted, latestRequesterMessage, listConversations } from './conversations.ts'
import { installFreshdesk } from './install.ts'
import { parseFreshdeskWebhook } from './parse-webhook.ts'
import { freshdeskTicketToTicket, fromFreshdeskStatus } from './to-ticket.ts'
import { hasFreshdeskTags, postFreshdeskComment, writeFreshdeskTagsAndFields } from './update-ticket.ts'
import { verifyFreshdeskSecret } from './verify-secret.ts'

/** The requester's contact tags (none when the contact is gone, e.g. deleted since the ticket was read). */
const contactTags = async (api: FreshdeskApi, contactId: number): Promise<string[]> => {
  try {
    return (await api.get<FreshdeskContact>(`/api/v2/contacts/${contactId}`)).tags ?? []
  } catch (err) {
    if (err instanceof HelpdeskApiError && err.upstreamStatus === 404) return []
    throw err
  }
}

type Agent = { id: number; role_ids?: number[] | null }
type Role = { id: number; name: string }

const ADMIN_ROLES = new Set(['account administrator', 'administrator'])

/** Options beyond the shared connection: the Worker's webhook URL, for creating the automation rule. */
export type FreshdeskClientOptions = { webhookUrl?: string | null }

/**
 * One Freshdesk account's API behind the shared client contract. Freshdesk has no conditional update: each
 * step is safe to repeat instead (update-ticket.ts) and no conflict is ever reported.
 */
export const createFreshdeskClient = (
  connection: HelpdeskConnection,
  options: FreshdeskClientOptions = {},
): HelpdeskClient => {
  const api = createFreshdeskApi(connection)
  return {
    async fetchTicket(ticketId, { withFollowUp = false } = {}): Promise<HelpdeskTicket> {
      const raw = await api.get<FreshdeskTicket>(
        `/api/v2/tickets/${encodeURIComponent(ticketId)}?include=requester`,
      )
      // `include=requester` carries no tags; the VIP rule reads them from the contact.
      if (raw.requester && raw.requester_id != null)
        raw.requester.tags = await contactTags(api, raw.requester_id)
      const followUp = withFollowUp
        ? latestRequesterMessage(await listConversations(api, ticketId), raw.requester_id)
        : undefined
      return {
        ticket: { ...freshdeskTicketToTicket(raw), id: ticketId },
        status: fromFreshdeskStatus(raw.status),
        tags: raw.tags ?? [],
        updatedStamp: raw.updated_at ?? '',
        ...(followUp === undefined ? {} : { followUp }),
      }
    },

    // Freshdesk has no conditional update: each step is made safe to repeat instead, in separate calls, and
    // reported as it lands; the stamp only bounds which posts count as an earlier attempt's.
    async applyUpdate(ticketId, update, steps, updatedStamp, onApplied): Promise<UpdateResult> {
      if (steps.includes('comment')) {
        await postFreshdeskComment(api, ticketId, update.comment, updatedStamp || null)
        await onApplied(['comment'])
      }
      const rest = steps.filter((step) => step !== 'comment')
      if (rest.length > 0) {
        await writeFreshdeskTagsAndFields(api, ticketId, update, rest)
        await onApplied(rest)
      }
      return 'applied'
    },

    // The comment shows in the conversation; tags and fields land in one PUT, so the tags tell for both.
    async landedSteps(ticket, update, steps) {
      const landed: UpdateStep[] = []
      if (
        steps.includes('comment') &&
        hasPosted(await listConversations(api, ticket.ticket.id), update.comment, null)
      )
        landed.push('comment')
      if (hasFreshdeskTags(ticket.tags, update)) landed.push(...steps.filter((step) => step !== 'comment'))
      return landed
    },

    async verifyCredentials() {
      const agent = await api.get<Agent>('/api/v2/agents/me')
      const roles = await api.get<Role[]>('/api/v2/roles')
      const names = roles.filter((r) => agent.role_ids?.includes(r.id)).map((r) => r.name.toLowerCase())
      return { userId: String(agent.id), role: names.some((n) => ADMIN_ROLES.has(n)) ? 'admin' : 'agent' }
    },

    // Freshdesk signs no token for an app's user: a Freshdesk admin is vouched for by installation
    // parameters only admins can set, not by a token this method could check.
    verifyAdminToken: () =>
      Promise.reject(new AppError('unauthorized', 'Freshdesk does not sign tokens for app users')),
    install: () => installFreshdesk(api, options.webhookUrl ?? null),
    listArticleChanges: (cursor) => listFreshdeskArticleChanges(api, cursor),
    listPublishedArticleIds: () => listFreshdeskPublishedIds(api),
    listAnsweredQuestions: (limit) => listFreshdeskAnsweredQuestions(api, limit),
    listGroups: () => listFreshdeskGroups(api),
  }
}

/** Freshdesk: automation-rule webhooks with a secret header, the REST API v2 and Solutions. */
export const freshdeskAdapter: HelpdeskAdapter = {
  kind: 'freshdesk',
  // Freshdesk's per-minute limit depends on the plan and is shared with every integration; each update is four
  // calls (conversations, post, ticket, put), so Deskmate keeps well under it.
  ticketUpdatesPerMinute: 20,
  apiBase: (env) => env.FRESHDESK_API_BASE,
  parseWebhook: parseFreshdeskWebhook,
  verifyWebhook: verifyFreshdeskSecret,
  connect: (connection) => createFreshdeskClient(connection),
}
