import {
  PRIORITY_LABELS,
  STATUS_LABELS,
  type FreshdeskAgent,
  type FreshdeskViewTicket,
} from '../../freshdesk/host/ticket-data.ts'
import { formatTime, h } from '../dom.ts'

type Conversation = FreshdeskViewTicket['conversations'][number]

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

const entry = (author: string, at: string, kind: string, text: string, isPrivate: boolean) =>
  h(
    'li',
    { class: isPrivate ? 'comment internal' : 'comment' },
    h('header', {}, author, h('time', { datetime: at }, formatTime(at)), ` · ${kind}`),
    h('p', {}, text),
  )

const property = (label: string, value: Node | string) =>
  h('div', { class: 'property' }, h('strong', {}, label), h('div', {}, value))

/** The Freshdesk ticket page: properties (status, priority, tags, SLA), conversation and the reply editor. */
export const renderFreshdeskTicket = (
  root: HTMLElement,
  agent: FreshdeskAgent,
  onSend: (html: string) => Promise<void>,
) => {
  const heading = h('h1', { class: 'subject' })
  const properties = h('aside', { class: 'properties', 'aria-label': 'Ticket properties' })
  const conversation = h('ol', { class: 'comments', 'aria-label': 'Conversation' })
  const editor = h('textarea', { id: 'fd-reply-editor', 'aria-label': 'Reply', rows: 8 })
  const send = h('button', { type: 'button' }, 'Send reply')
  send.addEventListener('click', () => {
    const text = editor.value.trim()
    if (!text) return
    void onSend(`<div>${escapeHtml(text).replace(/\n/g, '<br>')}</div>`).then(() => {
      editor.value = ''
    })
  })
  root.replaceChildren(
    properties,
    h(
      'div',
      { class: 'conversation' },
      heading,
      conversation,
      h('div', { class: 'composer' }, editor, h('div', { class: 'row' }, send)),
    ),
  )

  const authorOf = (ticket: FreshdeskViewTicket, item: Conversation) =>
    item.incoming || item.user_id === ticket.requester_id
      ? (ticket.requester?.name ?? 'Customer')
      : item.user_id === agent.id
        ? agent.name
        : `Agent #${item.user_id}`

  // The priority the app set with interface.trigger('setValue'); kept until the agent saves the ticket.
  let priorityField: number | undefined
  let shown: FreshdeskViewTicket | undefined
  const update = (ticket: FreshdeskViewTicket) => {
    shown = ticket
    heading.textContent = `#${ticket.id} ${ticket.subject}`
    const requester = ticket.requester?.name ?? 'Customer'
    conversation.replaceChildren(
      entry(requester, ticket.created_at, 'Description', ticket.description_text, false),
      ...ticket.conversations.map((item) =>
        entry(
          authorOf(ticket, item),
          item.created_at,
          item.private ? 'Private note' : item.incoming ? 'Customer reply' : 'Reply',
          item.body_text,
          item.private,
        ),
      ),
    )
    properties.replaceChildren(
      property(
        'Status',
        h('span', { id: 'fd-status' }, STATUS_LABELS[ticket.status] ?? String(ticket.status)),
      ),
      property(
        'Priority',
        h(
          'span',
          { id: 'fd-priority' },
          PRIORITY_LABELS[priorityField ?? ticket.priority] ?? String(ticket.priority),
        ),
      ),
      property(
        'Tags',
        h('ul', { class: 'tags', 'aria-label': 'Tags' }, ...ticket.tags.map((tag) => h('li', {}, tag))),
      ),
      property('Requester', `${requester} <${ticket.requester?.email ?? ''}>`),
      property('First response due', h('time', { datetime: ticket.fr_due_by }, formatTime(ticket.fr_due_by))),
      property('Resolution due', h('time', { datetime: ticket.due_by }, formatTime(ticket.due_by))),
    )
  }
  const setPriority = (code: number) => {
    priorityField = code
    if (shown) update(shown)
  }
  return { update, editor, setPriority }
}
