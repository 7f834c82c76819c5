/**
 * A ticket's status in Deskmate's own words; each helpdesk adapter maps its statuses (Zendesk's names,
 * Freshdesk's numbers and custom statuses) into these and back.
 */
export const TICKET_STATUSES = ['open', 'pending', 'on_hold', 'solved', 'closed'] as const
export type TicketStatus = (typeof TICKET_STATUSES)[number]

/** Statuses in which a ticket is finished: the automation leaves it alone. */
export const FINISHED_STATUSES: ReadonlySet<TicketStatus> = new Set(['solved', 'closed'])
