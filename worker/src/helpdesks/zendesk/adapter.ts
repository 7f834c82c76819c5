import {
  AppError,
  OUTCOME_TAGS,
  restTicketToTicket,
  zendeskBodyToTicketEvent,
  type TicketEvent,
} from '@deskmate/shared'
import type {
  HelpdeskAdapter,
  HelpdeskClient,
  HelpdeskConnection,
  HelpdeskTicket,
  UpdateResult,
  UpdateStep,
} from '../adapter.ts'
import { HelpdeskApiError } from '../fetch-with-retry.ts'
import { parseJsonText } from '../../http/validate.ts'
import { createZendeskApi, type ZendeskTicketWithSideloads } from './api.ts'
import {
  listZendeskAnsweredQuestions,
  listZendeskArticleChanges,
  listZendeskPublishedIds,
} from './articles.ts'
import { installZendesk } from './install.ts'
import { latestRequesterComment } from './latest-requester-comment.ts'
import { fromZendeskStatus, toZendeskStatus } from './status.ts'
import { verifyZendeskAdminToken, verifyZendeskUserToken } from './verify-admin-token.ts'
import { verifyZendeskSignature } from './verify-signature.ts'
import { listZendeskRecentTickets } from './recent-tickets.ts'
import { listZendeskSolvedTickets } from './solved-tickets.ts'
import { listZendeskGroups } from './groups.ts'
import { listZendeskSatisfactionRatings } from './satisfaction-ratings.ts'

const ticketPath = (ticketId: string): string => `/api/v2/tickets/${encodeURIComponent(ticketId)}.json`

const hasOutcomeTag = (tags: readonly string[]): boolean => {
  const present = tags.map((tag) => tag.toLowerCase())
  return OUTCOME_TAGS.some((tag) => present.includes(tag))
}

const createZendeskClient = (connection: HelpdeskConnection): HelpdeskClient => {
  const api = createZendeskApi(connection)
  return {
    async fetchTicket(ticketId, options = {}): Promise<HelpdeskTicket> {
      const body = await api.get<ZendeskTicketWithSideloads>(
        `${ticketPath(ticketId)}?include=users,organizations`,
      )
      const ticket = restTicketToTicket(body.ticket, { users: body.users, organizations: body.organizations })
      const followUp = options.withFollowUp
        ? await latestRequesterComment(api, ticketId, body.ticket.requester_id)
        : undefined
      return {
        ticket: { ...ticket, id: ticketId },
        status: fromZendeskStatus(body.ticket.status),
        tags: body.ticket.tags ?? [],
        updatedStamp: body.ticket.updated_at ?? '',
        ...(followUp === undefined ? {} : { followUp }),
      }
    },

    async applyUpdate(ticketId, update, steps, updatedStamp, onApplied): Promise<UpdateResult> {
      const groupId = update.groupId && /^\d+$/.test(update.groupId) ? Number(update.groupId) : update.groupId
      const has = (step: UpdateStep): boolean => steps.includes(step)
      try {
        // Every step in one update: Zendesk applies it entirely or not at all.
        await api.putConditional(ticketPath(ticketId), {
          ticket: {
            ...(has('comment')
              ? { comment: { html_body: update.comment.html, public: update.comment.isPublic } }
              : {}),
            ...(has('tags') ? { additional_tags: update.addTags } : {}),
            ...(has('fields') && update.priority ? { priority: update.priority } : {}),
            ...(has('fields') && groupId !== undefined ? { group_id: groupId } : {}),
            ...(has('fields') && update.status ? { status: toZendeskStatus(update.status) } : {}),
            // Zendesk answers 409 when the ticket changed since the stamp: an earlier try already landed.
            safe_update: true,
            updated_stamp: updatedStamp,
          },
        })
      } catch (err) {
        if (err instanceof HelpdeskApiError && err.upstreamStatus === 409) return 'conflict'
        throw err
      }
      await onApplied([...steps])
      return 'applied'
    },

    // The steps land together, with an outcome tag: the tag on the ticket means every step landed.
    landedSteps: async (ticket, _update, steps) => (hasOutcomeTag(ticket.tags) ? [...steps] : []),

    async verifyCredentials() {
      const { user } = await api.get<{ user: { id: number | null; role?: string } }>('/api/v2/users/me.json')
      // Zendesk answers an anonymous user (id null, role end-user) rather than 401 for some bad credentials.
      if (user.id === null || (user.role !== 'admin' && user.role !== 'agent')) {
        throw new AppError('forbidden', 'The API token does not belong to an agent')
      }
      return { userId: String(user.id), role: user.role }
    },

    verifyAdminToken: (token, installationId, now) =>
      verifyZendeskAdminToken(api, connection.account, token, installationId, now),
    verifyUserToken: (token, installationId, now) =>
      verifyZendeskUserToken(api, connection.account, token, installationId, now),
    install: (installationId) => installZendesk(api, installationId),
    listArticleChanges: (cursor) => listZendeskArticleChanges(api, cursor),
    listPublishedArticleIds: () => listZendeskPublishedIds(api),
    listAnsweredQuestions: (limit) => listZendeskAnsweredQuestions(api, limit),
    listRecentTickets(limit) {
      return listZendeskRecentTickets(api, limit, (id) => this.fetchTicket(id))
    },
    listSolvedTickets: (limit) => listZendeskSolvedTickets(api, limit),
    listGroups: () => listZendeskGroups(api),
    listSatisfactionRatings: (since) => listZendeskSatisfactionRatings(api, since),
  }
}

/** Zendesk: signed trigger webhooks, the Support and Help Center REST APIs. */
export const zendeskAdapter: HelpdeskAdapter = {
  kind: 'zendesk',
  // Zendesk allows 100 Update Ticket calls per minute per account, shared with agents' other integrations.
  ticketUpdatesPerMinute: 80,
  apiBase: (env) => env.ZENDESK_API_BASE,
  parseWebhook: (rawBody): TicketEvent => zendeskBodyToTicketEvent(parseJsonText(rawBody)),
  verifyWebhook: verifyZendeskSignature,
  connect: createZendeskClient,
}
