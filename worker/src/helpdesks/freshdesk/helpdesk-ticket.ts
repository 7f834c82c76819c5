import type { HelpdeskTicket } from '../adapter.ts'
import { HelpdeskApiError } from '../fetch-with-retry.ts'
import type { FreshdeskApi, FreshdeskContact, FreshdeskTicket } from './api.ts'
import { freshdeskTicketToTicket, fromFreshdeskStatus } from './to-ticket.ts'

/** The requester's contact tags (none when the contact is gone, e.g. deleted since the ticket was read). */
export const contactTags = async (api: FreshdeskApi, contactId: number): Promise<string[]> => {
  try {
    return (await api.get<FreshdeskContact>(`/api/v2/contacts/${contactId}`)).tags ?? []
  } catch (err) {
    if (err instanceof HelpdeskApiError && err.upstreamStatus === 404) return []
    throw err
  }
}

/** A Freshdesk ticket (its requester's tags already read) as the automation reads it, under `id` if given. */
export const toHelpdeskTicket = (
  raw: FreshdeskTicket,
  { id = String(raw.id), followUp }: { id?: string; followUp?: string } = {},
): HelpdeskTicket => ({
  ticket: { ...freshdeskTicketToTicket(raw), id },
  status: fromFreshdeskStatus(raw.status),
  tags: raw.tags ?? [],
  updatedStamp: raw.updated_at ?? '',
  ...(followUp === undefined ? {} : { followUp }),
})
