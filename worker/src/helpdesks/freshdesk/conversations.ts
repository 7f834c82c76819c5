import { htmlToText } from '../html-to-text.ts'
import type { FreshdeskApi, FreshdeskConversation } from './api.ts'

const PER_PAGE = 100
const MAX_PAGES = 10

/** A ticket's conversations, oldest first (replies, notes and the customer's messages after the first). */
export const listConversations = async (
  api: FreshdeskApi,
  ticketId: string,
): Promise<FreshdeskConversation[]> => {
  const all: FreshdeskConversation[] = []
  for (let page = 1; page <= MAX_PAGES; page++) {
    const batch = await api.get<FreshdeskConversation[]>(
      `/api/v2/tickets/${encodeURIComponent(ticketId)}/conversations?per_page=${PER_PAGE}&page=${page}`,
    )
    all.push(...batch)
    if (batch.length < PER_PAGE) break
  }
  return all
}

/** The requester's latest public message after the first one ('' when none). */
export const latestRequesterMessage = (
  conversations: FreshdeskConversation[],
  requesterId: number | null | undefined,
): string => {
  const fromRequester = conversations.filter(
    (c) => c.incoming && !c.private && (requesterId == null || c.user_id === requesterId),
  )
  const last = fromRequester.at(-1)
  return last ? (last.body_text ?? htmlToText(last.body ?? '')) : ''
}

// Letters and digits of the text only: Freshdesk may re-encode entities, spacing and markup of a post.
const comparable = (html: string): string =>
  htmlToText(html)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '')
    .slice(0, 1000)

const postedSince = (conversation: FreshdeskConversation, since: number): boolean =>
  Number.isNaN(since) || Date.parse(conversation.created_at ?? '') >= since

/**
 * Whether the ticket already carries this reply or note, posted since `stamp` (the ticket's `updated_at` read
 * for the decision, so an identical note of an earlier event does not count): Freshdesk has no conditional
 * write, so before a reply is (re)sent the conversation is read again, and a post whose answer was lost is
 * found here.
 */
export const hasPosted = (
  conversations: FreshdeskConversation[],
  comment: { html: string; isPublic: boolean },
  stamp: string | null,
): boolean => {
  const wanted = comparable(comment.html)
  const since = Date.parse(stamp ?? '')
  return conversations.some(
    (c) =>
      !c.incoming &&
      postedSince(c, since) &&
      c.private === !comment.isPublic &&
      comparable(c.body ?? c.body_text ?? '') === wanted,
  )
}
