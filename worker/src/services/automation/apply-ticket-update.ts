import type { HelpdeskClient, TicketUpdate, UpdateStep } from '../../helpdesks/adapter.ts'
import { HelpdeskApiError } from '../../helpdesks/fetch-with-retry.ts'

/** Conflicts (someone else changed the ticket) tolerated before the queue retries the job later. */
export const MAX_UPDATE_CONFLICTS = 3

/** Whether the update was applied now, or an earlier attempt had already applied it. */
export type ApplyOutcome = 'applied' | 'already_applied'

/** The steps already recorded as landed, and how to record more (nothing to record for a one-off update). */
export type StepProgress = { done: readonly UpdateStep[]; record: (done: UpdateStep[]) => Promise<void> }

const NO_PROGRESS: StepProgress = { done: [], record: async () => {} }

/** The steps an update has, in order: a comment and tags always, fields only when it changes one. */
export const stepsOf = (update: TicketUpdate): UpdateStep[] => [
  'comment',
  'tags',
  ...(update.priority || update.groupId || update.status ? (['fields'] as const) : []),
]

/**
 * Writes the event's one ticket update at most once, step by step (comment, tags, fields), without relying on
 * the helpdesk applying them together. Each step that lands is recorded (`progress.record`, the whole list of
 * landed steps; skipped when the last step lands, since the event is finished next), and a retry sends only
 * the steps not recorded. The comment is conditioned on a stamp of the ticket read before it landed, so of two
 * attempts only one can write it. On a conflict (or with no stamp) the ticket is re-read and the helpdesk says
 * which steps already show on it (`landedSteps`); the rest is tried again on the fresh stamp. `stamp` is the
 * one recorded with the plan (null: read it first); `reserve` takes a slot of the update budget before each
 * attempt after the first.
 */
export const applyTicketUpdate = async (
  helpdesk: HelpdeskClient,
  ticketId: string,
  update: TicketUpdate,
  stamp: string | null,
  reserve: () => Promise<void>,
  progress: StepProgress = NO_PROGRESS,
): Promise<ApplyOutcome> => {
  const done = [...progress.done]
  const remaining = (): UpdateStep[] => stepsOf(update).filter((step) => !done.includes(step))
  const land = async (steps: readonly UpdateStep[]): Promise<void> => {
    const added = steps.filter((step) => !done.includes(step))
    done.push(...added)
    if (added.length > 0 && remaining().length > 0) await progress.record([...done])
  }
  if (remaining().length === 0) return 'already_applied'
  let current = stamp
  for (let attempt = 0; ; attempt++) {
    if (current === null) {
      const ticket = await helpdesk.fetchTicket(ticketId)
      await land(await helpdesk.landedSteps(ticket, update, remaining()))
      if (remaining().length === 0) return 'already_applied'
      current = ticket.updatedStamp
    }
    if (attempt >= MAX_UPDATE_CONFLICTS) {
      throw new HelpdeskApiError('helpdesk_upstream', 'The ticket kept changing while Deskmate updated it', {
        upstreamStatus: 409,
        isRetryable: true,
      })
    }
    if (attempt > 0) await reserve()
    if ((await helpdesk.applyUpdate(ticketId, update, remaining(), current, land)) === 'applied') {
      return 'applied'
    }
    current = null
  }
}
