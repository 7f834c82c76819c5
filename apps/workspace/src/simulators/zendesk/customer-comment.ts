import { addComment } from './accounts.ts'
import { fireTriggers } from './fire-triggers.ts'
import type { SimAccount, SimComment, SimTicket } from './model.ts'

/** A comment added through the control API: by the requester (default) or an agent, public by default. */
export type NewComment = { body: string; public?: boolean; author?: 'requester' | 'agent' }

/**
 * Adds a comment as the requester (or an agent) would in Zendesk's UI or by email, then runs the triggers for
 * that change (waits until their webhooks are sent). Null when the author does not exist.
 */
export const addUserComment = async (
  account: SimAccount,
  ticket: SimTicket,
  input: NewComment,
  now: Date,
): Promise<SimComment | null> => {
  const author =
    input.author === 'agent'
      ? account.users.find((u) => u.role === 'agent' || u.role === 'admin')
      : account.users.find((u) => u.id === ticket.requester_id)
  if (!author) return null
  // Each change gets a later stamp, as in Zendesk, so two quick replies are two distinct updates.
  const at = new Date(Math.max(now.getTime(), Date.parse(ticket.updated_at) + 1)).toISOString()
  const comment = addComment(
    account,
    ticket,
    author,
    { text: input.body, isPublic: input.public ?? true },
    at,
  )
  // A requester's reply reopens a pending or solved ticket.
  if (author.role === 'end-user' && ['pending', 'solved'].includes(ticket.status)) ticket.status = 'open'
  await fireTriggers(account, ticket, 'Change', { role: author.role, comment })
  return comment
}
