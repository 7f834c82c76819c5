import type { Channel } from '@deskmate/shared'
import type { WorkspaceComment, WorkspaceTicket } from './demo-ticket.ts'

/** The signed-in agent, as `currentUser` describes them. */
export type AgentUser = { id: number; name: string; email: string; locale: string; timeZone: string }

// Zendesk names phone tickets `voice`; social channels are per network (Twitter/X is the classic one).
export const VIA_CHANNELS: Record<Channel, string> = {
  email: 'email',
  web: 'web',
  chat: 'chat',
  phone: 'voice',
  social: 'twitter',
  api: 'api',
}

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** Renders plain text as the paragraph HTML Zendesk stores in a comment's `value`. */
export const textToHtml = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, '<br>')}</p>`)
    .join('')

/** The ZAF user object for the agent (`currentUser`). */
export const toZafAgent = (agent: AgentUser) => ({
  id: agent.id,
  name: agent.name,
  email: agent.email,
  role: 'admin',
  locale: agent.locale,
  timeZone: { ianaName: agent.timeZone, name: agent.timeZone },
  tags: [],
  groups: [{ id: 1, name: 'Support' }],
})

const toZafComment = (comment: WorkspaceComment, ticket: WorkspaceTicket, agent: AgentUser) => ({
  id: comment.id,
  value: textToHtml(comment.body),
  isPublic: comment.isPublic,
  createdAt: comment.createdAt,
  author: comment.isAgent
    ? { id: agent.id, name: comment.authorName, email: comment.authorEmail, role: 'admin' }
    : { id: ticket.requester.id, name: comment.authorName, email: comment.authorEmail, role: 'end-user' },
  channel: VIA_CHANNELS[ticket.channel],
  imageAttachments: [],
  nonImageAttachments: [],
})

/** The ZAF data model of the open ticket, rooted like `client.get` paths (`ticket.*`, `currentUser`, `currentAccount`). */
export const toZafRoot = (ticket: WorkspaceTicket, agent: AgentUser, subdomain: string) => ({
  ticket: {
    id: ticket.id,
    subject: ticket.subject,
    description: ticket.description,
    status: ticket.status,
    priority: ticket.priority ?? '-',
    type: ticket.type ?? 'ticket',
    tags: ticket.tags,
    createdAt: ticket.createdAt,
    updatedAt: ticket.comments.at(-1)?.createdAt ?? ticket.createdAt,
    isNew: false,
    via: { channel: VIA_CHANNELS[ticket.channel], source: { rel: null } },
    requester: {
      id: ticket.requester.id,
      name: ticket.requester.name,
      email: ticket.requester.email,
      role: 'end-user',
      tags: ticket.requester.tags,
      locale: 'en-US',
    },
    organization: ticket.organization,
    assignee: {
      user: { id: agent.id, name: agent.name, email: agent.email },
      group: { id: 1, name: 'Support' },
    },
    comments: ticket.comments.map((comment) => toZafComment(comment, ticket, agent)),
    comment: { text: ticket.composer.text, type: ticket.composer.type },
  },
  currentUser: toZafAgent(agent),
  currentAccount: { subdomain, planName: 'enterprise', timeZone: { ianaName: agent.timeZone } },
})
