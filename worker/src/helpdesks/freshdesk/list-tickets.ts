import type { FreshdeskApi, FreshdeskTicket } from './api.ts'

/** Tickets per page of `GET /api/v2/tickets` (Freshdesk's maximum). */
export const LIST_PER_PAGE = 100

/** How to list: the sort field (newest first), how far back, what to embed, and how many pages at most. */
export type TicketListing = {
  orderBy: 'created_at' | 'updated_at'
  /** Freshdesk lists only the last 30 days' tickets unless `updated_since` reaches further back. */
  updatedSince: Date
  /** Embedded objects (`requester`, `description`): each costs the account extra API credits. */
  include: Array<'requester' | 'description'>
  perPage: number
  maxPages: number
}

const freshdeskStamp = (date: Date): string => date.toISOString().replace(/\.\d{3}Z$/, 'Z')

// A row the rest of the list can do without: anything but an object with a positive whole id.
const isTicketRow = (row: unknown): row is FreshdeskTicket =>
  typeof row === 'object' &&
  row !== null &&
  Number.isSafeInteger((row as { id?: unknown }).id) &&
  (row as { id: number }).id > 0

/**
 * Pages through `GET /api/v2/tickets` newest first, handing each page's well-formed rows to `take` until it
 * answers false, a page comes back short, or `maxPages` were read: at most `maxPages` calls.
 */
export const listFreshdeskTickets = async (
  api: FreshdeskApi,
  listing: TicketListing,
  take: (tickets: FreshdeskTicket[]) => boolean,
): Promise<void> => {
  const perPage = Math.max(1, Math.min(LIST_PER_PAGE, listing.perPage))
  const query = new URLSearchParams({
    order_by: listing.orderBy,
    order_type: 'desc',
    updated_since: freshdeskStamp(listing.updatedSince),
    per_page: String(perPage),
  })
  if (listing.include.length > 0) query.set('include', listing.include.join(','))
  for (let page = 1; page <= listing.maxPages; page++) {
    query.set('page', String(page))
    const batch = await api.get<unknown>(`/api/v2/tickets?${query.toString()}`)
    const rows = Array.isArray(batch) ? batch : []
    if (!take(rows.filter(isTicketRow)) || rows.length < perPage) return
  }
}
