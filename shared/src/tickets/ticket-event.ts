/** Ticket events a helpdesk trigger sends to Deskmate: a new ticket, or the requester's public reply to it. */
export const TICKET_EVENT_NAMES = ['ticket_created', 'requester_replied'] as const
export type TicketEventName = (typeof TICKET_EVENT_NAMES)[number]

/** What a webhook says happened; only a hint until the ticket is re-fetched with the tenant's credentials. */
export type TicketEvent = {
  /** The helpdesk account (subdomain) the event names. */
  account: string
  ticketId: string
  event: TicketEventName
  /** One outcome per key: a duplicate delivery of the same event carries the same key. */
  eventKey: string
}

/**
 * The idempotency key of an event on a ticket. A ticket is created once, but its requester may reply many
 * times: a reply's key also carries `updatedAt`, the ticket's update stamp the reply made (the same in every
 * delivery of that reply, different for the next one).
 * @example ticketEventKey('requester_replied', '12', '2026-01-05T10:00:00Z') // 'requester_replied:12:2026-01-05T10:00:00Z'
 */
export const ticketEventKey = (event: TicketEventName, ticketId: string, updatedAt?: string): string =>
  event === 'requester_replied' ? `${event}:${ticketId}:${updatedAt ?? ''}` : `${event}:${ticketId}`
