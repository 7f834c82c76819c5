import { PRIORITIES, TICKET_TYPES, type Priority, type TicketType } from '@deskmate/shared'
import {
  TICKET_STATUSES,
  type CommentType,
  type TicketStatus,
  type WorkspaceComment,
  type WorkspaceTicket,
} from '../zendesk/host/demo-ticket.ts'
import type { TicketStore } from '../zendesk/host/ticket-store.ts'
import type { AgentUser } from '../zendesk/host/zaf-objects.ts'
import { formatTime, h, selectOf } from './dom.ts'

const renderComment = (comment: WorkspaceComment): HTMLLIElement =>
  h(
    'li',
    { class: comment.isPublic ? 'comment' : 'comment internal', 'data-comment-id': comment.id },
    h(
      'header',
      {},
      comment.authorName,
      h('time', { datetime: comment.createdAt }, formatTime(comment.createdAt)),
      comment.isPublic ? '' : ' · internal note',
    ),
    h('p', {}, comment.body),
  )

const toTags = (text: string): string[] => [...new Set(text.split(/[\s,]+/).filter((tag) => tag !== ''))]

/** Renders the ticket view (properties, conversation, composer) bound to one ticket; returns its cleanup. */
export const renderTicketView = (
  root: HTMLElement,
  store: TicketStore,
  agent: () => AgentUser,
): (() => void) => {
  const initial = store.get()
  const requester = h(
    'div',
    { class: 'requester' },
    h('strong', {}, 'Requester'),
    h('div', { id: 'requester-name' }, initial.requester.name),
    h('div', {}, initial.requester.email),
    h('div', {}, initial.organization ? `Organization: ${initial.organization.name}` : ''),
  )
  const tags = h('input', { id: 'field-tags', type: 'text', autocomplete: 'off' })
  const type = selectOf('field-type', TICKET_TYPES)
  const priority = selectOf('field-priority', PRIORITIES)
  const status = selectOf('field-status', TICKET_STATUSES)
  const properties = h(
    'section',
    { class: 'properties', 'aria-label': 'Ticket properties' },
    requester,
    h('label', { for: 'field-tags' }, 'Tags'),
    tags,
    h('label', { for: 'field-type' }, 'Type'),
    type,
    h('label', { for: 'field-priority' }, 'Priority'),
    priority,
    h('label', { for: 'field-status' }, 'Status'),
    status,
  )
  const subject = h('input', { id: 'field-subject', type: 'text', 'aria-label': 'Subject' })
  const comments = h('ol', { class: 'comments', 'aria-label': 'Conversation' })
  const composerType = selectOf('composer-type', ['publicReply', 'internalNote'], {
    publicReply: 'Public reply',
    internalNote: 'Internal note',
  })
  composerType.querySelector('option[value=""]')?.remove()
  const composer = h('textarea', { id: 'composer', 'aria-label': 'Reply composer' })
  const submit = h('button', { type: 'submit' }, 'Submit')
  const form = h(
    'form',
    { class: 'composer', 'aria-label': 'Reply' },
    composer,
    h('div', { class: 'row' }, composerType, submit),
  )
  root.replaceChildren(
    properties,
    h('section', { class: 'conversation' }, h('div', { class: 'subject' }, subject), comments, form),
  )

  const sync = (ticket: WorkspaceTicket) => {
    if (subject.value !== ticket.subject) subject.value = ticket.subject
    if (tags.value.trim() !== ticket.tags.join(' ') && document.activeElement !== tags)
      tags.value = ticket.tags.join(' ')
    type.value = ticket.type ?? ''
    priority.value = ticket.priority ?? ''
    status.value = ticket.status
    if (composer.value !== ticket.composer.text) composer.value = ticket.composer.text
    composerType.value = ticket.composer.type
    if (comments.children.length !== ticket.comments.length) {
      comments.replaceChildren(...ticket.comments.map(renderComment))
      comments.scrollTop = comments.scrollHeight
    }
  }
  sync(initial)
  const unsubscribe = store.subscribe(({ ticket }) => sync(ticket))

  const update = (patch: Partial<WorkspaceTicket>) => store.update(patch, 'agent')
  subject.addEventListener('change', () => subject.value.trim() && update({ subject: subject.value.trim() }))
  tags.addEventListener('change', () => update({ tags: toTags(tags.value) }))
  type.addEventListener('change', () => update({ type: (type.value || null) as TicketType | null }))
  priority.addEventListener('change', () => update({ priority: (priority.value || null) as Priority | null }))
  status.addEventListener('change', () => update({ status: status.value as TicketStatus }))
  composer.addEventListener('input', () =>
    update({ composer: { ...store.get().composer, text: composer.value } }),
  )
  composerType.addEventListener('change', () =>
    update({ composer: { ...store.get().composer, type: composerType.value as CommentType } }),
  )
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    const ticket = store.get()
    if (ticket.composer.text.trim() === '') return
    const { name, email } = agent()
    const comment: WorkspaceComment = {
      id: Date.now(),
      isAgent: true,
      authorName: name,
      authorEmail: email,
      body: ticket.composer.text,
      isPublic: ticket.composer.type === 'publicReply',
      createdAt: new Date().toISOString(),
    }
    const nextStatus = ticket.status === 'new' ? 'open' : ticket.status
    update({
      comments: [...ticket.comments, comment],
      composer: { ...ticket.composer, text: '' },
      status: nextStatus,
    })
  })
  return unsubscribe
}
