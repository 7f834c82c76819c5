import type { Channel, Priority } from '../../taxonomy/taxonomy.ts'
import { TICKET_LIMITS } from '../../tickets/limits.ts'
import type { Requester, Ticket } from '../../tickets/ticket.ts'
import type { TicketStatus } from '../../tickets/ticket-status.ts'
import { htmlToText } from '../../text/html-to-text.ts'

/** A Freshdesk contact as `?include=requester`, `GET /api/v2/contacts/{id}` or the app's `requester` give it. */
export type FreshdeskContactFields = {
  id?: number | string | null
  name?: string | null
  email?: string | null
  tags?: string[] | null
}

/** The ticket fields Deskmate reads, from REST (`?include=requester`) or the app's `client.data.get('ticket')`. */
export type FreshdeskTicketFields = {
  id?: number | string | null
  subject?: string | null
  description?: string | null
  description_text?: string | null
  priority?: number | null
  source?: number | null
  tags?: string[] | null
  created_at?: string | null
  requester?: FreshdeskContactFields | null
}

/**
 * Freshdesk's built-in status codes in Deskmate's words (Freshdesk's Resolved is what Deskmate calls solved).
 * A custom status (6 and up, e.g. "Waiting on customer") reads as on hold: not finished, so the automation
 * still looks at the ticket.
 */
const FROM_FRESHDESK: Readonly<Record<number, TicketStatus>> = {
  2: 'open',
  3: 'pending',
  4: 'solved',
  5: 'closed',
}
const TO_FRESHDESK: Readonly<Record<TicketStatus, number>> = {
  open: 2,
  pending: 3,
  on_hold: 3,
  solved: 4,
  closed: 5,
}

/** Deskmate's status for a Freshdesk status code. */
export const fromFreshdeskStatus = (code: number | null | undefined): TicketStatus =>
  code == null ? 'open' : (FROM_FRESHDESK[code] ?? 'on_hold')

/** The Freshdesk status code to write for one of Deskmate's (on hold has no built-in match: pending). */
export const toFreshdeskStatus = (status: TicketStatus): number => TO_FRESHDESK[status]

const PRIORITY_BY_CODE: Record<number, Priority> = { 1: 'low', 2: 'normal', 3: 'high', 4: 'urgent' }

/** Deskmate's priority for Freshdesk's 1 Low, 2 Medium, 3 High, 4 Urgent. */
export const fromFreshdeskPriority = (code: number | null | undefined): Priority | undefined =>
  code == null ? undefined : PRIORITY_BY_CODE[code]

/** Freshdesk's priority code for a Deskmate priority. */
export const freshdeskPriorityCode = (priority: Priority): number =>
  Number(Object.entries(PRIORITY_BY_CODE).find(([, name]) => name === priority)?.[0] ?? 2)

const CHANNEL_BY_SOURCE: Record<number, Channel> = {
  1: 'email',
  2: 'web',
  3: 'phone',
  5: 'social',
  6: 'social',
  7: 'chat',
  8: 'web',
  9: 'web',
  10: 'email',
  12: 'chat',
  13: 'social',
}

/** Deskmate's channel for a Freshdesk source code (undefined for unknown ones). */
export const fromFreshdeskSource = (source: number | null | undefined): Channel | undefined =>
  source == null ? undefined : CHANNEL_BY_SOURCE[source]

const clipTags = (tags: string[] | null | undefined): string[] | undefined =>
  tags ? tags.slice(0, TICKET_LIMITS.tags).map((tag) => tag.slice(0, TICKET_LIMITS.tag)) : undefined

const toIsoDate = (value: string | null | undefined): string | undefined => {
  const time = value ? Date.parse(value) : Number.NaN
  return Number.isNaN(time) ? undefined : new Date(time).toISOString()
}

/** Drops undefined fields (the shared Ticket type is built with exactOptionalPropertyTypes). */
const compact = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T

const toRequester = (contact: FreshdeskContactFields | null | undefined): Requester | undefined =>
  contact
    ? compact<Requester>({
        email: contact.email ? contact.email.slice(0, 320) : undefined,
        name: contact.name ? contact.name.slice(0, 500) : undefined,
        tags: clipTags(contact.tags),
      } as Requester)
    : undefined

/**
 * Maps a Freshdesk ticket with its requester contact to a Ticket. The body is the plain text Freshdesk
 * derived (`description_text`), or the HTML description reduced to text.
 * @example freshdeskTicketToTicket({ id: 1, subject: 'Login', description_text: 'I forgot my password', priority: 1 })
 */
export const freshdeskTicketToTicket = (ticket: FreshdeskTicketFields): Ticket & { id: string } =>
  compact({
    id: String(ticket.id ?? ''),
    subject: (ticket.subject ?? '').slice(0, TICKET_LIMITS.subject),
    body: (ticket.description_text ?? htmlToText(ticket.description ?? '')).slice(0, TICKET_LIMITS.body),
    channel: fromFreshdeskSource(ticket.source),
    priority: fromFreshdeskPriority(ticket.priority),
    tags: clipTags(ticket.tags),
    requester: toRequester(ticket.requester),
    createdAt: toIsoDate(ticket.created_at),
  } as Ticket & { id: string })
