import type { TicketUpdate, UpdateStep } from '../adapter.ts'
import type { FreshdeskApi, FreshdeskTicket } from './api.ts'
import { hasPosted, listConversations } from './conversations.ts'
import { priorityCode, toFreshdeskStatus } from './to-ticket.ts'

const ticketPath = (ticketId: string): string => `/api/v2/tickets/${encodeURIComponent(ticketId)}`

const mergeTags = (current: readonly string[], added: readonly string[]): string[] => {
  const present = new Set(current.map((tag) => tag.toLowerCase()))
  return [...current, ...added.filter((tag) => !present.has(tag.toLowerCase()))]
}

const fieldChanges = (update: TicketUpdate): Record<string, number> => {
  const groupId = update.groupId && /^\d{1,20}$/.test(update.groupId) ? Number(update.groupId) : undefined
  return {
    ...(update.priority ? { priority: priorityCode(update.priority) } : {}),
    ...(groupId !== undefined ? { group_id: groupId } : {}),
    ...(update.status ? { status: toFreshdeskStatus(update.status) } : {}),
  }
}

/**
 * The comment step, safe to repeat: the conversation is re-read and the reply (`POST /reply`) or private note
 * (`POST /notes`) is posted only if no post with its text appeared since `stamp`; a post whose answer is lost
 * is never resent in place (the queue retries the job, which reads the conversation again).
 */
export const postFreshdeskComment = async (
  api: FreshdeskApi,
  ticketId: string,
  comment: TicketUpdate['comment'],
  stamp: string | null,
): Promise<void> => {
  if (hasPosted(await listConversations(api, ticketId), comment, stamp)) return
  const path = ticketPath(ticketId)
  if (comment.isPublic) await api.post(`${path}/reply`, { body: comment.html })
  else await api.post(`${path}/notes`, { body: comment.html, private: true })
}

/**
 * The tags and fields steps in one PUT of absolute values, safe to repeat: the ticket's tags are read, merged
 * and written back with the field changes. The outcome tag lands here, after the comment.
 */
export const writeFreshdeskTagsAndFields = async (
  api: FreshdeskApi,
  ticketId: string,
  update: TicketUpdate,
  steps: readonly UpdateStep[],
): Promise<void> => {
  const path = ticketPath(ticketId)
  const current = await api.get<FreshdeskTicket>(path)
  await api.put(path, {
    ...(steps.includes('tags') ? { tags: mergeTags(current.tags ?? [], update.addTags) } : {}),
    ...(steps.includes('fields') ? fieldChanges(update) : {}),
  })
}

/** Whether every tag of `update` shows on a freshly read ticket (tags and fields land in one PUT). */
export const hasFreshdeskTags = (tags: readonly string[], update: TicketUpdate): boolean => {
  const present = new Set(tags.map((tag) => tag.toLowerCase()))
  return update.addTags.every((tag) => present.has(tag.toLowerCase()))
}
