/** Ticket events a helpdesk trigger sends to Deskmate. */
export const TICKET_EVENT_NAMES = ['ticket_created'] as const
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

/** The idempotency key of an event on a ticket. */
export const ticketEventKey = (event: TicketEventName, ticketId: string): string => `${event}:${ticketId}`
