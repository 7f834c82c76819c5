import type { Channel, Priority, TicketType } from '@deskmate/shared'

/** A ticket as `worker/demo/tickets.json` describes it (helpdesk-neutral demo data). */
export type DemoTicket = {
  id: number | string
  subject: string
  body: string
  channel?: Channel
  priority?: Priority
  type?: TicketType
  status?: string
  tags?: string[]
  requester?: { name?: string; email?: string; tags?: string[]; organizationTags?: string[] }
  createdAt?: string
  comments?: { author?: string; authorName?: string; body: string; public?: boolean; createdAt?: string }[]
}

export const TICKET_STATUSES = ['new', 'open', 'pending', 'hold', 'solved', 'closed'] as const
export type TicketStatus = (typeof TICKET_STATUSES)[number]

export const COMMENT_TYPES = ['publicReply', 'internalNote'] as const
export type CommentType = (typeof COMMENT_TYPES)[number]

export type WorkspaceComment = {
  id: number
  isAgent: boolean
  authorName: string
  authorEmail: string
  body: string
  isPublic: boolean
  createdAt: string
}

/** The ticket as the simulated Zendesk ticket view holds it while an agent works on it. */
export type WorkspaceTicket = {
  id: number
  subject: string
  description: string
  status: TicketStatus
  priority: Priority | null
  type: TicketType | null
  tags: string[]
  channel: Channel
  createdAt: string
  requester: { id: number; name: string; email: string; tags: string[] }
  organization: { id: number; name: string; tags: string[] } | null
  comments: WorkspaceComment[]
  composer: { text: string; type: CommentType }
}

const AGENT_AUTHORS = new Set(['agent', 'admin', 'deskmate'])

const toStatus = (status: string | undefined): TicketStatus =>
  (TICKET_STATUSES as readonly string[]).includes(status ?? '') ? (status as TicketStatus) : 'open'

/** Converts one demo ticket into the workspace's Zendesk-like ticket; `index` keeps user ids unique. */
export const toWorkspaceTicket = (demo: DemoTicket, index: number): WorkspaceTicket => {
  const id = Number(demo.id) || index + 1
  const createdAt = demo.createdAt ?? new Date(0).toISOString()
  const requesterName = demo.requester?.name ?? 'Customer'
  const requesterEmail = demo.requester?.email ?? `customer${id}@example.com`
  const requester = {
    id: 1000 + index,
    name: requesterName,
    email: requesterEmail,
    tags: demo.requester?.tags ?? [],
  }
  const domain = requesterEmail.split('@')[1] ?? 'example.com'
  const organizationTags = demo.requester?.organizationTags ?? []
  const first: WorkspaceComment = {
    id: id * 100,
    isAgent: false,
    authorName: requesterName,
    authorEmail: requesterEmail,
    body: demo.body,
    isPublic: true,
    createdAt,
  }
  const followUps = (demo.comments ?? [])
    .filter((comment, position) => !(position === 0 && comment.body === demo.body))
    .map((comment, position): WorkspaceComment => {
      const isAgent = AGENT_AUTHORS.has(comment.author ?? '')
      return {
        id: id * 100 + position + 1,
        isAgent,
        authorName: comment.authorName ?? (isAgent ? 'Agent' : requesterName),
        authorEmail: isAgent ? 'agent@demo.example' : requesterEmail,
        body: comment.body,
        isPublic: comment.public ?? true,
        createdAt: comment.createdAt ?? createdAt,
      }
    })
  return {
    id,
    subject: demo.subject,
    description: demo.body,
    status: toStatus(demo.status),
    priority: demo.priority ?? null,
    type: demo.type ?? null,
    tags: [...(demo.tags ?? [])],
    channel: demo.channel ?? 'email',
    createdAt,
    requester,
    organization:
      organizationTags.length > 0 ? { id: 5000 + index, name: domain, tags: [...organizationTags] } : null,
    comments: [first, ...followUps],
    composer: { text: '', type: 'publicReply' },
  }
}
