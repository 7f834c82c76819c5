import { OUTCOME_TAGS } from '@deskmate/shared'
import type { HelpdeskClient, TicketUpdate } from '../../helpdesks/adapter.ts'
import { HelpdeskApiError } from '../../helpdesks/fetch-with-retry.ts'

/** Conflicts (someone else changed the ticket) tolerated before the queue retries the job later. */
export const MAX_UPDATE_CONFLICTS = 3

/** Whether the update was applied now, or an earlier attempt had already applied it. */
export type ApplyOutcome = 'applied' | 'already_applied'

const hasOutcomeTag = (tags: readonly string[]): boolean => {
  const present = tags.map((tag) => tag.toLowerCase())
  return OUTCOME_TAGS.some((tag) => present.includes(tag))
}

/**
 * Writes the event's one ticket update at most once. Every attempt is conditioned on a stamp of the ticket
 * read while it carried no Deskmate outcome tag, so of two attempts (a resend after a lost answer, a retry
 * after a crash, a request that lands late) only one can apply. On a conflict the ticket is re-read: its
 * outcome tag means an earlier attempt landed; otherwise someone else changed it and the update is tried
 * again on the fresh stamp. `stamp` is the one recorded with the plan (null: read it first); `reserve`
 * takes a slot of the update budget before each attempt after the first.
 */
export const applyTicketUpdate = async (
  helpdesk: HelpdeskClient,
  ticketId: string,
  update: TicketUpdate,
  stamp: string | null,
  reserve: () => Promise<void>,
): Promise<ApplyOutcome> => {
  let current = stamp
  for (let attempt = 0; ; attempt++) {
    if (current === null) {
      const ticket = await helpdesk.fetchTicket(ticketId)
      if (hasOutcomeTag(ticket.tags)) return 'already_applied'
      current = ticket.updatedStamp
    }
    if (attempt >= MAX_UPDATE_CONFLICTS) {
      throw new HelpdeskApiError('helpdesk_upstream', 'The ticket kept changing while Deskmate updated it', {
        upstreamStatus: 409,
        isRetryable: true,
      })
    }
    if (attempt > 0) await reserve()
    if ((await helpdesk.updateTicket(ticketId, update, current)) === 'applied') return 'applied'
    current = null
  }
}
