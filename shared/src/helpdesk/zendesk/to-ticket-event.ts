import { z } from 'zod'
import { AppError } from '../../errors/app-error.ts'
import { TICKET_EVENT_NAMES, ticketEventKey, type TicketEvent } from '../../tickets/ticket-event.ts'

/**
 * The body of Deskmate's triggers (`{"ticket_id": "{{ticket.id}}", "ticket_url": "{{ticket.url}}", "event":
 * "ticket_created"}`; a requester's reply also sends `"updated_at": "{{ticket.updated_at_with_timestamp}}"`,
 * which tells one reply from the next); unknown fields are ignored so admins may add their own.
 */
export const ZZendeskWebhookBody = z
  .object({
    ticket_id: z.union([
      z.string().regex(/^\d{1,20}$/),
      z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
    ]),
    ticket_url: z.string().max(500),
    event: z.enum(TICKET_EVENT_NAMES),
    updated_at: z
      .string()
      .regex(/^[\w:+.-][\w:+. -]{0,39}$/)
      .optional(),
  })
  .refine((body) => body.event !== 'requester_replied' || body.updated_at !== undefined, {
    path: ['updated_at'],
    message: "A requester_replied event needs the ticket's updated_at",
  })
export type ZendeskWebhookBody = z.infer<typeof ZZendeskWebhookBody>

// `{{ticket.url}}` renders as `demo.zendesk.com/agent/tickets/12`, sometimes with a scheme.
const TICKET_URL = /^(?:https?:\/\/)?([a-z0-9][a-z0-9-]{0,62})\.zendesk\.com\/agent\/tickets\/(\d{1,20})\/?$/i

/**
 * Maps a parsed trigger body to a TicketEvent; throws `validation_failed` when the body is not Deskmate's
 * template or its ticket URL disagrees with its ticket id.
 * @example zendeskBodyToTicketEvent({ ticket_id: '12', ticket_url: 'demo.zendesk.com/agent/tickets/12', event: 'ticket_created' })
 */
export const zendeskBodyToTicketEvent = (body: unknown): TicketEvent => {
  const parsed = ZZendeskWebhookBody.safeParse(body)
  if (!parsed.success) {
    const details = parsed.error.issues
      .slice(0, 10)
      .map((i) => ({ path: i.path.join('.') || '(body)', message: i.message }))
    throw new AppError('validation_failed', 'The webhook body is not a Deskmate ticket event', { details })
  }
  const { ticket_id: rawId, ticket_url: url, event, updated_at: updatedAt } = parsed.data
  const match = TICKET_URL.exec(url.trim())
  const ticketId = String(rawId)
  if (!match?.[1] || match[2] !== ticketId) {
    throw new AppError(
      'validation_failed',
      'ticket_url must be the ticket of ticket_id on a zendesk.com account',
      {
        details: [
          { path: 'ticket_url', message: 'Expected <account>.zendesk.com/agent/tickets/<ticket_id>' },
        ],
      },
    )
  }
  return {
    account: match[1].toLowerCase(),
    ticketId,
    event,
    eventKey: ticketEventKey(event, ticketId, updatedAt),
  }
}
