import type { WorkspaceTicket } from '../zendesk/host/demo-ticket.ts'
import { createTicketStore, type TicketStore } from '../zendesk/host/ticket-store.ts'
import type { AgentUser } from '../zendesk/host/zaf-objects.ts'
import { h } from './dom.ts'
import { mountApp, type AppInstallation } from './mount-app.ts'
import { mountNewTicket } from './new-ticket.ts'
import { loadCreatedTickets, rememberCreatedTicket } from './created-tickets.ts'
import { renderTicketView } from './ticket-view.ts'

type WorkspaceState = AppInstallation & { tickets: WorkspaceTicket[]; canCreateTickets?: boolean }

const byId = <T extends HTMLElement>(id: string): T => {
  const element = document.getElementById(id)
  if (!element) throw new Error(`Missing #${id}`)
  return element as T
}

const state = (await (await fetch('/__workspace/state')).json()) as WorkspaceState
const stores = new Map<number, TicketStore>(
  state.tickets.map((ticket) => [ticket.id, createTicketStore(ticket)]),
)
const params = new URLSearchParams(window.location.search)
const wantedId = Number(params.get('ticket')) || undefined
// Tickets made with "New ticket" live in the simulated Zendesk: read them back so a reload keeps them.
// A demo ticket the URL names is already here, with its timestamps moved to now: never replace it.
const created = state.canCreateTickets
  ? await loadCreatedTickets(wantedId !== undefined && stores.has(wantedId) ? undefined : wantedId)
  : []
const createdIds = new Set(created.map((ticket) => ticket.id))
for (const ticket of created) stores.set(ticket.id, createTicketStore(ticket))
const localeSelect = byId<HTMLSelectElement>('agent-locale')
localeSelect.value = params.get('locale') ?? 'en-US'
const agent: AgentUser = {
  id: 900,
  name: 'Alex Agent',
  // The simulated account's admin (the demo API user), so the app's registration on load succeeds.
  email: 'agent@demo.example',
  locale: localeSelect.value || 'en-US',
  timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
}
byId('account-name').textContent = `${state.account}.zendesk.com (simulated)`

const notify = (message: string) => {
  const toast = h('div', { class: 'toast' }, message)
  byId('notifications').append(toast)
  setTimeout(() => toast.remove(), 5000)
}

const listItem = (ticket: WorkspaceTicket) =>
  h(
    'button',
    { type: 'button', 'data-ticket-id': ticket.id },
    `#${ticket.id} ${ticket.subject}`,
    h('span', { class: 'meta' }, `${ticket.requester.name} · ${ticket.priority ?? '-'} · ${ticket.status}`),
  )

let currentId = wantedId ?? state.tickets[0]?.id ?? 0

/** Newest first: tickets made here (latest on top) above the demo tickets. */
const listed = (): TicketStore[] => {
  const all = [...stores.values()]
  const isCreated = (store: TicketStore) => createdIds.has(store.get().id)
  return [
    ...all.filter(isCreated).sort((a, b) => b.get().id - a.get().id),
    ...all.filter((store) => !isCreated(store)),
  ]
}
let cleanup: (() => void)[] = []

const renderList = () => {
  byId('ticket-list').replaceChildren(
    ...listed().map((store) => {
      const button = listItem(store.get())
      button.setAttribute('aria-current', String(store.get().id === currentId))
      button.addEventListener('click', () => openTicket(store.get().id))
      return h('li', {}, button)
    }),
  )
}
for (const store of stores.values()) store.subscribe(renderList)

/** Each open ticket gets its own app instance, as a Zendesk ticket tab does. */
const openTicket = (id: number) => {
  const store = stores.get(id)
  for (const dispose of cleanup) dispose()
  cleanup = []
  currentId = id
  renderList()
  if (!store) {
    byId('app-frame').replaceChildren()
    byId('ticket-view').replaceChildren(
      h(
        'div',
        { class: 'not-found', role: 'alert' },
        h('h1', {}, `Ticket #${id} not found`),
        h('p', {}, 'It may have been created before the workspace restarted. Pick a ticket from the list.'),
      ),
    )
    return
  }
  const view = renderTicketView(byId('ticket-view'), store, () => agent)
  const app = mountApp(byId('app-frame'), store, { ...agent }, state, notify)
  Object.assign(window, { deskmateWorkspace: { ticketId: id, host: app.host, store } })
  cleanup = [view, app.dispose]
  const url = new URL(window.location.href)
  url.searchParams.set('ticket', String(id))
  window.history.replaceState(null, '', url)
}

// Zendesk applies a language change on reload, so the app starts again with the new currentUser.locale.
localeSelect.addEventListener('change', () => {
  agent.locale = localeSelect.value
  const url = new URL(window.location.href)
  url.searchParams.set('locale', agent.locale)
  window.history.replaceState(null, '', url)
  openTicket(currentId)
})

if (state.canCreateTickets) {
  // Zendesk's navigation-bar icon of the app: the admin console, opened as the account's administrator.
  byId('toolbar-actions').append(
    h(
      'a',
      { href: '/__workspace/console', target: '_blank', rel: 'noopener', class: 'console-link' },
      'Admin console',
    ),
  )
  mountNewTicket(
    byId('toolbar-actions'),
    (ticket, isNew) => {
      const store = stores.get(ticket.id)
      if (!store) {
        const made = createTicketStore(ticket)
        made.subscribe(renderList)
        stores.set(ticket.id, made)
        createdIds.add(ticket.id)
        rememberCreatedTicket(ticket.id)
        renderList()
      } else {
        const { comments, tags, status, priority } = ticket
        store.update({ comments, tags, status, priority }, 'agent')
      }
      if (isNew) openTicket(ticket.id)
    },
    notify,
  )
}

openTicket(currentId)
