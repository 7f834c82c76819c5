import { zafTicketToTicket, type SlaTicketFacts, type ZafTicketData } from '@deskmate/shared'
import type { HostTicket } from '@deskmate/app-core'
import type { ZafClient } from './zaf-types.ts'

const FIELDS = [
  'id',
  'subject',
  'description',
  'priority',
  'tags',
  'via',
  'requester',
  'organization',
  'createdAt',
  'status',
  'comments',
] as const

type ZafComment = { author?: { role?: string } | null; isPublic?: boolean; public?: boolean }

const tagsOf = (value: unknown): string[] =>
  Array.isArray((value as { tags?: unknown } | null)?.tags) ? (value as { tags: string[] }).tags : []

/** True when someone other than the requester answered publicly after the first comment. */
const hasAgentReply = (comments: unknown): boolean =>
  Array.isArray(comments) &&
  (comments as ZafComment[])
    .slice(1)
    .some(
      (c) =>
        c.author?.role !== undefined &&
        c.author.role !== 'end-user' &&
        c.isPublic !== false &&
        c.public !== false,
    )

/** Reads the open ticket with one bulk `get` and maps it through the shared Zendesk mapper. */
export const readZafTicket = async (client: ZafClient): Promise<HostTicket> => {
  // A bulk get answers unavailable paths in `errors` instead of rejecting, so one missing field is harmless.
  const result = await client.get(FIELDS.map((field) => `ticket.${field}`))
  const field = (name: (typeof FIELDS)[number]) => result[`ticket.${name}`]
  const data = Object.fromEntries(FIELDS.map((name) => [name, field(name)])) as ZafTicketData
  const ticket = zafTicketToTicket(data)
  const sla: SlaTicketFacts = {
    createdAt: ticket.createdAt,
    channel: ticket.channel,
    priority: ticket.priority,
    tierTags: [...tagsOf(field('requester')), ...tagsOf(field('organization'))],
    hasAgentReply: hasAgentReply(field('comments')),
    isSolved: field('status') === 'solved' || field('status') === 'closed',
  }
  return { id: ticket.id ?? '', ticket, sla }
}
