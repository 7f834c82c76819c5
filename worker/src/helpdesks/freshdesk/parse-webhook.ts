import { AppError, TICKET_EVENT_NAMES, ticketEventKey, type TicketEvent } from '@deskmate/shared'
import { z } from 'zod'
import { parseJsonText } from '../../http/validate.ts'

/**
 * The body of Deskmate's automation rule: `{"ticket_id": "{{ticket.id}}", "ticket_url": "{{ticket.url}}"}`.
 * A rule on ticket updates may add `"event": "requester_replied"` with the ticket's `updated_at`; unknown
 * fields are ignored so admins may add their own.
 */
export const ZFreshdeskWebhookBody = z
  .object({
    ticket_id: z.union([
      z.string().regex(/^\d{1,20}$/),
      z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
    ]),
    ticket_url: z.string().max(500),
    event: z.enum(TICKET_EVENT_NAMES).default('ticket_created'),
    updated_at: z
      .string()
      .regex(/^[\w:+.-][\w:+. -]{0,39}$/)
      .optional(),
  })
  .refine((body) => body.event !== 'requester_replied' || body.updated_at !== undefined, {
    path: ['updated_at'],
    message: "A requester_replied event needs the ticket's updated_at",
  })

// `{{ticket.url}}` renders as `https://demo.freshdesk.com/helpdesk/tickets/12` (`/a/tickets/12` in the new UI).
const TICKET_URL =
  /^(?:https?:\/\/)?([a-z0-9][a-z0-9-]{0,62})\.freshdesk\.com\/(?:helpdesk|a)\/tickets\/(\d{1,20})\/?$/i

const invalid = (message: string, details: Array<{ path: string; message: string }>): AppError =>
  new AppError('validation_failed', message, { details })

/**
 * Which account and ticket a Freshdesk webhook names (a hint until its secret is checked and the ticket
 * re-read); throws `validation_failed` when the body is not Deskmate's rule or its URL disagrees with its id.
 * @example parseFreshdeskWebhook('{"ticket_id":"12","ticket_url":"https://demo.freshdesk.com/helpdesk/tickets/12"}')
 */
export const parseFreshdeskWebhook = (rawBody: string): TicketEvent => {
  const parsed = ZFreshdeskWebhookBody.safeParse(parseJsonText(rawBody))
  if (!parsed.success) {
    const details = parsed.error.issues
      .slice(0, 10)
      .map((i) => ({ path: i.path.join('.') || '(body)', message: i.message }))
    throw invalid('The webhook body is not a Deskmate ticket event', details)
  }
  const { ticket_id: rawId, ticket_url: url, event, updated_at: updatedAt } = parsed.data
  const match = TICKET_URL.exec(url.trim())
  const ticketId = String(rawId)
  if (!match?.[1] || match[2] !== ticketId) {
    throw invalid('ticket_url must be the ticket of ticket_id on a freshdesk.com account', [
      {
        path: 'ticket_url',
        message: 'Expected https://<account>.freshdesk.com/helpdesk/tickets/<ticket_id>',
      },
    ])
  }
  return {
    account: match[1].toLowerCase(),
    ticketId,
    event,
    eventKey: ticketEventKey(event, ticketId, updatedAt),
  }
}
