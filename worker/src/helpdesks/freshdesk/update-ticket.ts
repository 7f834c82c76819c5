import type { TicketUpdate } from '../adapter.ts'
import type { FreshdeskApi, FreshdeskTicket } from './api.ts'
import { hasPosted, listConversations } from './conversations.ts'
import { priorityCode, statusCode } from './to-ticket.ts'

/** What one update did: whether it posted the comment now (false: an earlier attempt had). */
export type FreshdeskUpdateOutcome = { posted: boolean }

const mergeTags = (current: readonly string[], added: readonly string[]): string[] => {
  const present = new Set(current.map((tag) => tag.toLowerCase()))
  return [...current, ...added.filter((tag) => !present.has(tag.toLowerCase()))]
}

const fieldChanges = (update: TicketUpdate): Record<string, number> => {
  const groupId = update.groupId && /^\d{1,20}$/.test(update.groupId) ? Number(update.groupId) : undefined
  const status = update.status ? statusCode(update.status) : undefined
  return {
    ...(update.priority ? { priority: priorityCode(update.priority) } : {}),
    ...(groupId !== undefined ? { group_id: groupId } : {}),
    ...(status !== undefined ? { status } : {}),
  }
}

/**
 * Applies one update in Freshdesk's separate calls, each safe to repeat: (1) the conversation is re-read and
 * the reply (`POST /reply`) or private note (`POST /notes`) is posted only if it is not there yet; a post
 * whose answer is lost is never resent in place (the queue retries the job, which reads the conversation
 * again); (2) the ticket's tags are read, merged and written back with the field changes in one PUT of
 * absolute values. The outcome tag lands last, so a ticket carrying it has its comment.
 */
export const updateFreshdeskTicket = async (
  api: FreshdeskApi,
  ticketId: string,
  update: TicketUpdate,
  stamp: string | null,
): Promise<FreshdeskUpdateOutcome> => {
  const path = `/api/v2/tickets/${encodeURIComponent(ticketId)}`
  const posted = !hasPosted(await listConversations(api, ticketId), update.comment, stamp)
  if (posted) {
    if (update.comment.isPublic) await api.post(`${path}/reply`, { body: update.comment.html })
    else await api.post(`${path}/notes`, { body: update.comment.html, private: true })
  }
  const current = await api.get<FreshdeskTicket>(path)
  await api.put(path, { tags: mergeTags(current.tags ?? [], update.addTags), ...fieldChanges(update) })
  return { posted }
}
