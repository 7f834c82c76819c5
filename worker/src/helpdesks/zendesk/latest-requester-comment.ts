import type { ZendeskApi, ZendeskComment } from './api.ts'

/** The longest follow-up the policy reads (a reply saying an answer did not help is short). */
const MAX_FOLLOW_UP = 5_000
const PAGE_SIZE = 100

const byAge = (a: ZendeskComment, b: ZendeskComment): number =>
  (a.created_at ?? '').localeCompare(b.created_at ?? '') || a.id - b.id

/**
 * The text of the requester's latest public comment on a ticket, or undefined when they wrote none after the
 * ticket's first message (which is not a follow-up). Reads one page of the newest comments.
 */
export const latestRequesterComment = async (
  api: ZendeskApi,
  ticketId: string,
  requesterId: string | number | null | undefined,
): Promise<string | undefined> => {
  if (requesterId === null || requesterId === undefined) return undefined
  const { comments } = await api.get<{ comments: ZendeskComment[] }>(
    `/api/v2/tickets/${encodeURIComponent(ticketId)}/comments.json?sort_order=desc&per_page=${PAGE_SIZE}`,
  )
  const oldestFirst = [...comments].sort(byAge)
  // With fewer than a page, the oldest comment is the ticket's first message.
  const followUps = comments.length < PAGE_SIZE ? oldestFirst.slice(1) : oldestFirst
  const latest = followUps.findLast((c) => c.public && String(c.author_id) === String(requesterId))
  return latest ? (latest.plain_body ?? latest.body ?? '').slice(0, MAX_FOLLOW_UP) : undefined
}
