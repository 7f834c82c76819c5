import type { WorkspaceTicket } from '../zendesk/host/demo-ticket.ts'
import { h } from './dom.ts'

/** How long the page follows a new ticket's conversation while the automation works on it. */
const FOLLOW_MS = 60_000
const POLL_MS = 1_500

const SAMPLE = {
  subject: 'Forgot my password',
  body: "Hi, I forgot my password and can't log in. How do I reset it?",
  email: 'new.customer@example.com',
}

const field = (label: string, control: HTMLInputElement | HTMLTextAreaElement) =>
  h('label', {}, label, control)

/**
 * Adds "New ticket" to the toolbar: it creates the ticket in the simulated Zendesk (whose trigger sends a
 * signed webhook to the Worker) and follows its conversation, where the reply or escalation note appears.
 */
export const mountNewTicket = <T extends { id: number } = WorkspaceTicket>(
  toolbar: HTMLElement,
  onTicket: (ticket: T, isNew: boolean) => void,
  notify: (message: string) => void,
  target = { endpoint: '/__workspace/tickets', rule: "Zendesk's trigger" },
): void => {
  const subject = h('input', { name: 'subject', required: true, value: SAMPLE.subject })
  const body = h('textarea', { name: 'body', required: true, rows: 5 })
  body.value = SAMPLE.body
  const email = h('input', { name: 'email', type: 'email', required: true, value: SAMPLE.email })
  const form = h(
    'form',
    { method: 'dialog', class: 'new-ticket' },
    h('h2', {}, 'New ticket (as the customer)'),
    field('Subject', subject),
    field('Message', body),
    field('Requester email', email),
    h(
      'div',
      { class: 'row' },
      h('button', { type: 'submit', value: 'create' }, 'Create ticket'),
      h('button', { type: 'submit', value: 'cancel', formnovalidate: true }, 'Cancel'),
    ),
  )
  const dialog = h(
    'dialog',
    { id: 'new-ticket-dialog', class: 'new-ticket-dialog', 'aria-label': 'New ticket' },
    form,
  )
  const open = h('button', { type: 'button', id: 'new-ticket' }, 'New ticket')
  toolbar.append(open)
  document.body.append(dialog)
  open.addEventListener('click', () => dialog.showModal())

  const follow = (id: number) => {
    const until = Date.now() + FOLLOW_MS
    const tick = async () => {
      const res = await fetch(`${target.endpoint}/${id}`)
      if (res.ok) onTicket(((await res.json()) as { ticket: T }).ticket, false)
      if (Date.now() < until) setTimeout(() => void tick(), POLL_MS)
    }
    setTimeout(() => void tick(), POLL_MS)
  }

  dialog.addEventListener('close', async () => {
    if (dialog.returnValue !== 'create') return
    const res = await fetch(target.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        subject: subject.value,
        body: body.value,
        requester: { email: email.value, name: email.value.split('@')[0] },
      }),
    })
    if (!res.ok) return notify(`Could not create the ticket (HTTP ${res.status})`)
    const { ticket } = (await res.json()) as { ticket: T }
    onTicket(ticket, true)
    notify(`Ticket #${ticket.id} created; ${target.rule} sent it to Deskmate`)
    follow(ticket.id)
  })
}
