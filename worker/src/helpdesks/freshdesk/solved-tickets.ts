import type { SolvedTicket } from '../adapter.ts'
import { htmlToText } from '../html-to-text.ts'
import type { FreshdeskApi, FreshdeskTicket } from './api.ts'
import { LIST_PER_PAGE, listFreshdeskTickets } from './list-tickets.ts'
import { listFreshdeskTicketFields } from './ticket-fields.ts'

/** Freshdesk's Resolved and Closed statuses. */
const SOLVED_STATUSES = new Set([4, 5])
/** How far back training looks for solved tickets. */
const LOOKBACK_MS = 2 * 365 * 86_400_000
/** Pages read at most (3,000 tickets, solved or not): the list cannot ask for a status. */
const MAX_PAGES = 30

type ListedTicket = FreshdeskTicket & { custom_fields?: Record<string, unknown> | null }

/** Custom field values as text by the field's numeric id (the id the console's field picker names). */
const fieldsOf = (ticket: ListedTicket, idByName: Map<string, number>): Record<string, string> => {
  const fields: Record<string, string> = {}
  for (const [name, value] of Object.entries(ticket.custom_fields ?? {})) {
    const id = idByName.get(name)
    const text = typeof value === 'string' || typeof value === 'number' ? String(value).trim() : ''
    if (id !== undefined && text !== '') fields[String(id)] = text
  }
  return fields
}

const toSolved = (ticket: ListedTicket, idByName: Map<string, number>): SolvedTicket => ({
  subject: ticket.subject ?? '',
  body: ticket.description_text ?? htmlToText(ticket.description ?? ''),
  tags: (ticket.tags ?? []).filter((tag): tag is string => typeof tag === 'string'),
  fields: fieldsOf(ticket, idByName),
})

/**
 * The account's latest solved (Resolved or Closed) tickets, most recently updated first: subject, description,
 * tags and custom fields (keyed by the field's id from `GET /api/v2/ticket_fields`), read a hundred at a time
 * from `GET /api/v2/tickets` with the description embedded. At most MAX_PAGES + 1 calls; nothing is written.
 */
export const listFreshdeskSolvedTickets = async (
  api: FreshdeskApi,
  limit: number,
  now: Date,
): Promise<SolvedTicket[]> => {
  const fields = await listFreshdeskTicketFields(api)
  const idByName = new Map(fields.map((field) => [field.name, field.id]))
  const solved: SolvedTicket[] = []
  await listFreshdeskTickets(
    api,
    {
      orderBy: 'updated_at',
      updatedSince: new Date(now.getTime() - LOOKBACK_MS),
      include: ['description'],
      perPage: LIST_PER_PAGE,
      maxPages: MAX_PAGES,
    },
    (batch) => {
      for (const ticket of batch)
        if (solved.length < limit && SOLVED_STATUSES.has(ticket.status ?? 0))
          solved.push(toSolved(ticket, idByName))
      return solved.length < limit
    },
  )
  return solved
}
