import type { Channel, Priority, TicketType } from '@deskmate/shared'
import type { WorkspaceTicket } from '../host/demo-ticket.ts'
import type { fullTicket } from './control-routes.ts'

type FullTicket = ReturnType<typeof fullTicket>

const CHANNEL_OF_VIA: Record<string, Channel> = {
  email: 'email',
  web: 'web',
  chat: 'chat',
  voice: 'phone',
  twitter: 'social',
  api: 'api',
}

/** The workspace's ticket-view model of a simulated Zendesk ticket (its conversation as agents see it). */
export const toWorkspaceTicketFromSimulator = (ticket: FullTicket): WorkspaceTicket => ({
  id: ticket.id,
  subject: ticket.subject,
  description: ticket.description,
  status: ticket.status,
  priority: ticket.priority as Priority | null,
  type: ticket.type as TicketType | null,
  tags: [...ticket.tags],
  channel: CHANNEL_OF_VIA[ticket.via.channel] ?? 'email',
  createdAt: ticket.created_at,
  requester: {
    id: ticket.requester?.id ?? 0,
    name: ticket.requester?.name ?? 'Customer',
    email: ticket.requester?.email ?? '',
    tags: [...(ticket.requester?.tags ?? [])],
  },
  organization: ticket.organization
    ? { id: ticket.organization.id, name: ticket.organization.name, tags: [...ticket.organization.tags] }
    : null,
  comments: ticket.comments.map((comment) => ({
    id: comment.id,
    isAgent: comment.author?.role !== 'end-user',
    authorName: comment.author?.role === 'end-user' ? (comment.author.name ?? 'Customer') : 'Deskmate',
    authorEmail: comment.author?.email ?? '',
    body: comment.plain_body,
    isPublic: comment.public,
    createdAt: comment.created_at,
  })),
  composer: { text: '', type: 'publicReply' },
})
