import { TAG_AUTO_REPLIED } from '@deskmate/shared'
import type { HelpdeskTicket, RecentTicket } from '../adapter.ts'
import { htmlToText } from '../html-to-text.ts'
import type { ZendeskApi, ZendeskComment } from './api.ts'

type SearchPage = { results: Array<{ id: number }> }
type CommentsPage = { comments: ZendeskComment[]; users?: Array<{ id: number; role: string }> }

const MAX_REPLY_CHARS = 4_000

/**
 * The first public comment by an agent or admin, as text. Deskmate posts as the account's API user, so on a
 * ticket it answered the first such comment is its own and the agents' reply is the next one.
 */
const firstAgentReply = (page: CommentsPage, isAutoReplied: boolean): string | null => {
  const agents = new Set(
    (page.users ?? []).filter((u) => u.role === 'agent' || u.role === 'admin').map((u) => u.id),
  )
  const replies = page.comments.filter((c) => c.public && agents.has(c.author_id))
  const reply = replies[isAutoReplied ? 1 : 0]
  if (!reply) return null
  const text = reply.plain_body ?? (reply.html_body ? htmlToText(reply.html_body) : (reply.body ?? ''))
  return text.trim().slice(0, MAX_REPLY_CHARS) || null
}

/**
 * The account's latest tickets (search, newest first), each re-read as the automation reads it, with the
 * agents' first public reply. Two API calls per ticket; nothing is written.
 */
export const listZendeskRecentTickets = async (
  api: ZendeskApi,
  limit: number,
  fetchTicket: (ticketId: string) => Promise<HelpdeskTicket>,
): Promise<RecentTicket[]> => {
  const query = encodeURIComponent('type:ticket')
  const { results } = await api.get<SearchPage>(
    `/api/v2/search.json?query=${query}&sort_by=created_at&sort_order=desc&per_page=${Math.min(100, limit)}`,
  )
  const recent: RecentTicket[] = []
  for (const { id } of results.slice(0, limit)) {
    const ticket = await fetchTicket(String(id))
    const comments = await api.get<CommentsPage>(`/api/v2/tickets/${id}/comments.json?include=users`)
    const isAutoReplied = ticket.tags.some((tag) => tag.toLowerCase() === TAG_AUTO_REPLIED)
    recent.push({ ticket, agentReply: firstAgentReply(comments, isAutoReplied) })
  }
  return recent
}
