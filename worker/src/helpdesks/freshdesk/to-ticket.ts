import { TICKET_LIMITS, type Channel, type Priority, type Requester, type Ticket } from '@deskmate/shared'
import { htmlToText } from '../html-to-text.ts'
import type { FreshdeskContact, FreshdeskTicket } from './api.ts'

/**
 * Freshdesk's built-in status codes under the names the automation reads (Freshdesk's Resolved is what
 * Zendesk calls solved). Custom statuses (6 and up) keep their code: `status_7`.
 */
const STATUS_NAMES: Record<number, string> = { 2: 'open', 3: 'pending', 4: 'solved', 5: 'closed' }
const STATUS_CODES: Record<string, number> = { open: 2, pending: 3, solved: 4, resolved: 4, closed: 5 }

/** The status name of a Freshdesk status code (`status_<n>` for a custom one). */
export const statusName = (code: number | null | undefined): string =>
  code == null ? 'open' : (STATUS_NAMES[code] ?? `status_${code}`)

/** The Freshdesk status code for a status name (built-in or `status_<n>`); undefined when unknown. */
export const statusCode = (name: string): number | undefined => {
  const custom = /^status_(\d{1,4})$/.exec(name)
  return custom ? Number(custom[1]) : STATUS_CODES[name.toLowerCase()]
}

const PRIORITY_BY_CODE: Record<number, Priority> = { 1: 'low', 2: 'normal', 3: 'high', 4: 'urgent' }

/** Deskmate's priority for Freshdesk's 1 Low, 2 Medium, 3 High, 4 Urgent. */
export const toPriority = (code: number | null | undefined): Priority | undefined =>
  code == null ? undefined : PRIORITY_BY_CODE[code]

/** Freshdesk's priority code for a Deskmate priority. */
export const priorityCode = (priority: Priority): number =>
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
export const toChannel = (source: number | null | undefined): Channel | undefined =>
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

const toRequester = (contact: FreshdeskContact | null | undefined): Requester | undefined =>
  contact
    ? compact<Requester>({
        email: contact.email ? contact.email.slice(0, 320) : undefined,
        name: contact.name ? contact.name.slice(0, 500) : undefined,
        tags: clipTags(contact.tags),
      } as Requester)
    : undefined

/**
 * Maps a REST ticket with its `include=requester` contact to a Ticket. The body is the plain text Freshdesk
 * derived (`description_text`), or the HTML description reduced to text.
 * @example freshdeskTicketToTicket({ id: 1, subject: 'Login', description_text: 'I forgot my password', priority: 1 })
 */
export const freshdeskTicketToTicket = (ticket: FreshdeskTicket): Ticket & { id: string } =>
  compact({
    id: String(ticket.id),
    subject: (ticket.subject ?? '').slice(0, TICKET_LIMITS.subject),
    body: (ticket.description_text ?? htmlToText(ticket.description ?? '')).slice(0, TICKET_LIMITS.body),
    channel: toChannel(ticket.source),
    priority: toPriority(ticket.priority),
    tags: clipTags(ticket.tags),
    requester: toRequester(ticket.requester),
    createdAt: toIsoDate(ticket.created_at),
  } as Ticket & { id: string })
