import type {
  HelpdeskAdapter,
  HelpdeskClient,
  HelpdeskConnection,
  HelpdeskTicket,
  UpdateResult,
  UpdateStep,
} from '../adapter.ts'
import { isFreshdeskAdmin, type FreshdeskAgent, type FreshdeskRole } from './admin-role.ts'
import { createFreshdeskApi, type FreshdeskTicket } from './api.ts'
import {
  listFreshdeskAnsweredQuestions,
  listFreshdeskArticleChanges,
  listFreshdeskPublishedIds,
} from './articles.ts'
import { listFreshdeskGroups } from './groups.ts'
import { listFreshdeskSatisfactionRatings } from './satisfaction-ratings.ts'
import { hasPosted, latestRequesterMessage, listConversations } from './conversations.ts'
import { contactTags, toHelpdeskTicket } from './helpdesk-ticket.ts'
import { installFreshdesk } from './install.ts'
import { parseFreshdeskWebhook } from './parse-webhook.ts'
import { listFreshdeskRecentTickets } from './recent-tickets.ts'
import { listFreshdeskSolvedTickets } from './solved-tickets.ts'
import { listFreshdeskFieldChoices } from './ticket-fields.ts'
import { hasFreshdeskTags, postFreshdeskComment, writeFreshdeskTagsAndFields } from './update-ticket.ts'
import { verifyFreshdeskAdminKey } from './verify-admin-key.ts'
import { verifyFreshdeskSecret } from './verify-secret.ts'

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
      return toHelpdeskTicket(raw, { id: ticketId, ...(followUp === undefined ? {} : { followUp }) })
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
      const agent = await api.get<FreshdeskAgent>('/api/v2/agents/me')
      const roles = await api.get<FreshdeskRole[]>('/api/v2/roles')
      return { userId: String(agent.id), role: isFreshdeskAdmin(agent, roles) ? 'admin' : 'agent' }
    },

    // Freshdesk signs no token for an app's user: the admin presents their own API key, which Freshdesk
    // authenticates on this account's domain (verify-admin-key.ts); the installation id plays no part.
    verifyAdminToken: (adminKey) => verifyFreshdeskAdminKey({ ...connection, apiToken: adminKey }),
    install: () => installFreshdesk(api, options.webhookUrl ?? null),
    listArticleChanges: (cursor) => listFreshdeskArticleChanges(api, cursor),
    listPublishedArticleIds: () => listFreshdeskPublishedIds(api),
    listAnsweredQuestions: (limit) => listFreshdeskAnsweredQuestions(api, limit),
    listRecentTickets: (limit) => listFreshdeskRecentTickets(api, limit, new Date()),
    listSolvedTickets: (limit) => listFreshdeskSolvedTickets(api, limit, new Date()),
    listGroups: () => listFreshdeskGroups(api),
    listTicketFields: () => listFreshdeskFieldChoices(api),
    listSatisfactionRatings: (since) => listFreshdeskSatisfactionRatings(api, since),
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
