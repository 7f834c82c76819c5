import type { SolvedTicket } from '../adapter.ts'
import type { ZendeskApi } from './api.ts'

type SearchTicket = {
  subject?: string | null
  description?: string | null
  tags?: string[]
  custom_fields?: Array<{ id: number; value: unknown }>
}
type SearchPage = { results: SearchTicket[]; next_page?: string | null }

const PER_PAGE = 100

/** Custom field values as text by field id (a drop-down's value is its tag; empty and list values are left out). */
const fieldsOf = (ticket: SearchTicket): Record<string, string> => {
  const fields: Record<string, string> = {}
  for (const { id, value } of ticket.custom_fields ?? [])
    if (typeof value === 'string' && value.trim() !== '') fields[String(id)] = value.trim()
  return fields
}

/**
 * The account's latest solved tickets (search, newest first): subject, first message, tags and custom fields
 * straight from the search results, one API call per hundred tickets.
 */
export const listZendeskSolvedTickets = async (api: ZendeskApi, limit: number): Promise<SolvedTicket[]> => {
  const query = encodeURIComponent('type:ticket status:solved')
  let url: string | null =
    `/api/v2/search.json?query=${query}&sort_by=updated_at&sort_order=desc&per_page=${Math.min(PER_PAGE, limit)}`
  const solved: SolvedTicket[] = []
  while (url && solved.length < limit) {
    const page: SearchPage = await api.get<SearchPage>(url)
    for (const ticket of page.results.slice(0, limit - solved.length))
      solved.push({
        subject: ticket.subject ?? '',
        body: ticket.description ?? '',
        tags: ticket.tags ?? [],
        fields: fieldsOf(ticket),
      })
    url = page.results.length > 0 ? (page.next_page ?? null) : null
  }
  return solved
}
