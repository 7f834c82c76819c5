import type { FreshdeskPageState } from '../../freshdesk/host/start-freshdesk-host.ts'
import type { FreshdeskViewTicket } from '../../freshdesk/host/ticket-data.ts'
import { h } from '../dom.ts'
import { mountNewTicket } from '../new-ticket.ts'
import { renderFreshdeskTicket } from './freshdesk-ticket.ts'
import { interfaceActions } from './interface-actions.ts'
import { mountFreshdeskApp } from './mount-freshdesk-app.ts'

// The Freshdesk ticket view: tickets from the simulated Freshdesk, the Deskmate app in the ticket sidebar.
const POLL_MS = 1_500
const byId = (id: string): HTMLElement => {
  const element = document.getElementById(id)
  if (!element) throw new Error(`Missing #${id}`)
  return element
}
const notify = (message: string) => {
  const toast = h('div', { class: 'toast' }, message)
  byId('notifications').append(toast)
  setTimeout(() => toast.remove(), 5000)
}
const readJson = async <T>(path: string, init?: RequestInit): Promise<T> => {
  const res = await fetch(path, init)
  if (!res.ok) throw new Error(`${path} answered ${res.status}`)
  return (await res.json()) as T
}

const stateRes = await fetch('/__workspace/freshdesk/state')
if (!stateRes.ok) throw new Error('This workspace runs without Freshdesk: start it with npm start')
const state = (await stateRes.json()) as FreshdeskPageState
document.title = 'Deskmate workspace · Freshdesk ticket view'
byId('account-name').textContent = `${state.domain} (simulated)`
byId('agent-locale').closest('label')?.setAttribute('hidden', '')
if (!state.isAppBuild)
  byId('app-frame').before(
    h(
      'p',
      { class: 'app-note', role: 'note' },
      'Freshdesk app not built: showing the package’s connection check.',
    ),
  )

let tickets = (await readJson<{ tickets: FreshdeskViewTicket[] }>('/__workspace/freshdesk/tickets')).tickets
// As Freshdesk lists tickets: the latest created first (the demo history's tickets have higher ids but are older).
const newestFirst = (a: FreshdeskViewTicket, b: FreshdeskViewTicket) =>
  b.created_at.localeCompare(a.created_at) || b.id - a.id
let current: FreshdeskViewTicket | undefined
let cleanup: (() => void)[] = []

const renderList = () =>
  byId('ticket-list').replaceChildren(
    ...[...tickets].sort(newestFirst).map((ticket) => {
      const button = h(
        'button',
        { type: 'button', 'data-ticket-id': ticket.id, 'aria-current': String(ticket.id === current?.id) },
        `#${ticket.id} ${ticket.subject}`,
        h('span', { class: 'meta' }, ticket.requester?.name ?? ''),
      )
      button.addEventListener('click', () => openTicket(ticket.id))
      return h('li', {}, button)
    }),
  )

const openTicket = (id: number) => {
  for (const dispose of cleanup) dispose()
  cleanup = []
  current = tickets.find((ticket) => ticket.id === id)
  renderList()
  if (!current) {
    byId('app-frame').replaceChildren()
    byId('ticket-view').replaceChildren(
      h('div', { class: 'not-found', role: 'alert' }, h('h1', {}, `Ticket #${id} not found`)),
    )
    return
  }
  const view = renderFreshdeskTicket(byId('ticket-view'), state.agent, async (body) => {
    const answer = await readJson<FreshdeskViewTicket>(`/__workspace/freshdesk/tickets/${id}/reply`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ body }),
    })
    show(answer)
  })
  const show = (ticket: FreshdeskViewTicket) => {
    const changed = JSON.stringify(ticket) !== JSON.stringify(current)
    current = ticket
    tickets = tickets.map((t) => (t.id === ticket.id ? ticket : t))
    if (!changed) return
    view.update(ticket)
    app.host.emit('ticket.propertiesUpdated', { ticket_id: ticket.id })
  }
  const app = mountFreshdeskApp(
    byId('app-frame'),
    () => current ?? tickets[0]!,
    state,
    interfaceActions({ editor: view.editor, setPriority: view.setPriority, notify }),
  )
  view.update(current)
  // Freshdesk updates the open ticket live: the automation's reply, note or tags appear without a reload.
  const timer = setInterval(() => {
    void readJson<{ ticket: FreshdeskViewTicket }>(`/__workspace/freshdesk/tickets/${id}`).then(
      ({ ticket }) => show(ticket),
      () => {},
    )
  }, POLL_MS)
  Object.assign(window, { deskmateWorkspace: { helpdesk: 'freshdesk', ticketId: id, host: app.host } })
  cleanup = [() => clearInterval(timer), app.dispose]
  const url = new URL(window.location.href)
  url.searchParams.set('ticket', String(id))
  window.history.replaceState(null, '', url)
}

// Freshdesk's full-page app of Deskmate: the admin console, where the admin signs in with their own API key.
byId('toolbar-actions').append(
  h(
    'a',
    { href: '/?helpdesk=freshdesk&view=console', target: '_blank', rel: 'noopener', class: 'console-link' },
    'Admin console',
  ),
)
mountNewTicket<FreshdeskViewTicket>(
  byId('toolbar-actions'),
  (ticket, isNew) => {
    if (!tickets.some((t) => t.id === ticket.id)) tickets = [...tickets, ticket]
    if (isNew) openTicket(ticket.id)
  },
  notify,
  { endpoint: '/__workspace/freshdesk/tickets', rule: 'the automation rule' },
)

const wanted = Number(new URLSearchParams(window.location.search).get('ticket'))
openTicket(wanted || ([...tickets].sort(newestFirst)[0]?.id ?? 0))
