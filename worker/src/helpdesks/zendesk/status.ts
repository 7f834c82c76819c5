import type { TicketStatus } from '@deskmate/shared'

const FROM_ZENDESK: Readonly<Record<string, TicketStatus>> = {
  new: 'open',
  open: 'open',
  pending: 'pending',
  hold: 'on_hold',
  solved: 'solved',
  closed: 'closed',
}

const TO_ZENDESK: Readonly<Record<TicketStatus, string>> = {
  open: 'open',
  pending: 'pending',
  on_hold: 'hold',
  solved: 'solved',
  closed: 'closed',
}

/**
 * Zendesk's status (`new`, `hold`, …) in Deskmate's words; a status Zendesk adds later counts as open, so the
 * automation still looks at the ticket rather than skipping it silently.
 */
export const fromZendeskStatus = (status: string | null | undefined): TicketStatus =>
  (status && Object.hasOwn(FROM_ZENDESK, status) ? FROM_ZENDESK[status] : undefined) ?? 'open'

/** The Zendesk status to write for one of Deskmate's. */
export const toZendeskStatus = (status: TicketStatus): string => TO_ZENDESK[status]
