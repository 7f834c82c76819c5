import { TAG_AUTO_REPLIED } from '@deskmate/shared'
import type { RecentTicket } from '../adapter.ts'
import { HelpdeskApiError } from '../fetch-with-retry.ts'
import { htmlToText } from '../html-to-text.ts'
import { isBudgetSpent, type FreshdeskApi, type FreshdeskConversation, type FreshdeskTicket } from './api.ts'
import { listConversations } from './conversations.ts'
import { contactTags, toHelpdeskTicket } from './helpdesk-ticket.ts'
import { listFreshdeskTickets } from './list-tickets.ts'

const MAX_REPLY_CHARS = 4_000
/** How far back the dry run looks for the latest tickets (Freshdesk lists only 30 days by default). */
const LOOKBACK_MS = 365 * 86_400_000
/** Freshdesk's conversation source of a note (public notes are not sent to the customer). */
const NOTE_SOURCE = 2

/**
 * The first public reply an agent sent the customer, as text. Deskmate replies with the account's API key, so
 * on a ticket it answered the first such reply is its own and the agents' reply is the next one.
 */
export const firstAgentReply = (
  conversations: FreshdeskConversation[],
  requesterId: number | null | undefined,
  isAutoReplied: boolean,
): string | null => {
  const replies = conversations.filter(
    (c) =>
      !c.incoming &&
      !c.private &&
      c.source !== NOTE_SOURCE &&
      (requesterId == null || c.user_id !== requesterId),
  )
  const reply = replies[isAutoReplied ? 1 : 0]
  if (!reply) return null
  const text = reply.body_text ?? htmlToText(reply.body ?? '')
  return text.trim().slice(0, MAX_REPLY_CHARS) || null
}

const readOne = async (
  api: FreshdeskApi,
  raw: FreshdeskTicket,
  tagsOf: (contactId: number) => Promise<string[]>,
): Promise<RecentTicket | null> => {
  try {
    if (raw.requester && raw.requester_id != null) raw.requester.tags = await tagsOf(raw.requester_id)
    const conversations = await listConversations(api, String(raw.id))
    const isAutoReplied = (raw.tags ?? []).some((tag) => tag.toLowerCase() === TAG_AUTO_REPLIED)
    return {
      ticket: toHelpdeskTicket(raw),
      agentReply: firstAgentReply(conversations, raw.requester_id, isAutoReplied),
    }
  } catch (err) {
    // Deleted since it was listed: left out, as a ticket the list no longer holds.
    if (err instanceof HelpdeskApiError && err.upstreamStatus === 404) return null
    throw err
  }
}

/**
 * The account's latest tickets (`GET /api/v2/tickets`, newest first, requester and description embedded),
 * each with the agents' first public reply: one list call, then the conversation of each ticket and the tags
 * of each requester once. It stops early, with the tickets read so far, once the account's API budget is
 * down to its reserve. Nothing is written.
 */
export const listFreshdeskRecentTickets = async (
  api: FreshdeskApi,
  limit: number,
  now: Date,
): Promise<RecentTicket[]> => {
  const rows: FreshdeskTicket[] = []
  await listFreshdeskTickets(
    api,
    {
      orderBy: 'created_at',
      updatedSince: new Date(now.getTime() - LOOKBACK_MS),
      include: ['requester', 'description'],
      perPage: limit,
      maxPages: 1,
    },
    (batch) => rows.push(...batch.slice(0, limit - rows.length)) < limit,
  )
  const tags = new Map<number, Promise<string[]>>()
  const tagsOf = (contactId: number) => {
    const known = tags.get(contactId) ?? contactTags(api, contactId)
    tags.set(contactId, known)
    return known
  }
  const recent: RecentTicket[] = []
  for (const raw of rows) {
    if (isBudgetSpent(api.rateLimit())) break
    const read = await readOne(api, raw, tagsOf)
    if (read) recent.push(read)
  }
  return recent
}
