import { AppError, restTicketToTicket, zendeskBodyToTicketEvent, type TicketEvent } from '@deskmate/shared'
import type {
  HelpdeskAdapter,
  HelpdeskClient,
  HelpdeskConnection,
  HelpdeskTicket,
  UpdateResult,
} from '../adapter.ts'
import { HelpdeskApiError } from '../fetch-with-retry.ts'
import { parseJsonText } from '../../http/validate.ts'
import { createZendeskApi, type ZendeskTicketWithSideloads } from './api.ts'
import {
  listZendeskAnsweredQuestions,
  listZendeskArticleChanges,
  listZendeskPublishedIds,
} from './articles.ts'
import { connectZendeskInstallation } from './install.ts'
import { latestRequesterComment } from './latest-requester-comment.ts'
import { verifyZendeskAdminToken } from './verify-admin-token.ts'
import { verifyZendeskSignature } from './verify-signature.ts'

const ticketPath = (ticketId: string): string => `/api/v2/tickets/${encodeURIComponent(ticketId)}.json`

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
        status: body.ticket.status ?? 'new',
        tags: body.ticket.tags ?? [],
        updatedStamp: body.ticket.updated_at ?? '',
        ...(followUp === undefined ? {} : { followUp }),
      }
    },

    async updateTicket(ticketId, update, updatedStamp): Promise<UpdateResult> {
      const groupId = update.groupId && /^\d+$/.test(update.groupId) ? Number(update.groupId) : update.groupId
      try {
        await api.putConditional(ticketPath(ticketId), {
          ticket: {
            comment: { html_body: update.comment.html, public: update.comment.isPublic },
            additional_tags: update.addTags,
            ...(update.priority ? { priority: update.priority } : {}),
            ...(groupId !== undefined ? { group_id: groupId } : {}),
            ...(update.status ? { status: update.status } : {}),
            // Zendesk answers 409 when the ticket changed since the stamp: an earlier try already landed.
            safe_update: true,
            updated_stamp: updatedStamp,
          },
        })
        return 'applied'
      } catch (err) {
        if (err instanceof HelpdeskApiError && err.upstreamStatus === 409) return 'conflict'
        throw err
      }
    },

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
    connectInstallation: (installationId) => connectZendeskInstallation(api, installationId),
    listArticleChanges: (cursor) => listZendeskArticleChanges(api, cursor),
    listPublishedArticleIds: () => listZendeskPublishedIds(api),
    listAnsweredQuestions: (limit) => listZendeskAnsweredQuestions(api, limit),
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
