import { stamp, textOf } from './accounts.ts'
import type { SimConversation, SimTicket } from './model.ts'
import { invalid, notFound, sendJson } from './responses.ts'
import { sendPage, type SimRequest, type SimRoute } from './route.ts'

const TICKET = /^\/api\/v2\/tickets\/(\d+)$/

const findTicket = (req: SimRequest): SimTicket | null => {
  const ticket = req.account.tickets.find((t) => t.id === Number(req.params[0]))
  if (!ticket) notFound(req.res)
  return ticket ?? null
}

/** A ticket as the API answers it (`include=requester,stats` adds those objects). */
export const ticketView = (req: Pick<SimRequest, 'account' | 'query'>, ticket: SimTicket) => {
  const { conversations: _conversations, stats, ...rest } = ticket
  const include = (req.query.get('include') ?? '').split(',')
  const contact = req.account.contacts.find((c) => c.id === ticket.requester_id)
  return {
    ...rest,
    ...(include.includes('requester') && contact
      ? { requester: { id: contact.id, name: contact.name, email: contact.email, mobile: null, phone: null } }
      : {}),
    ...(include.includes('stats') ? { stats } : {}),
  }
}

type TicketChanges = { status?: unknown; priority?: unknown; tags?: unknown; group_id?: unknown }

const validChanges = (req: SimRequest, body: TicketChanges): boolean => {
  if (body.status !== undefined && !(Number.isInteger(body.status) && Number(body.status) >= 2))
    invalid(req.res, 'status', 'It should be one of these values: 2,3,4,5')
  else if (body.priority !== undefined && ![1, 2, 3, 4].includes(Number(body.priority)))
    invalid(req.res, 'priority', 'It should be one of these values: 1,2,3,4')
  else if (
    body.tags !== undefined &&
    !(Array.isArray(body.tags) && body.tags.every((t) => typeof t === 'string'))
  )
    invalid(req.res, 'tags', 'It should be an Array of Strings')
  else if (body.group_id !== undefined && body.group_id !== null && !Number.isInteger(body.group_id))
    invalid(req.res, 'group_id', 'It should be a Positive Integer')
  else return true
  return false
}

const updateTicket = (req: SimRequest): void => {
  const ticket = findTicket(req)
  const body = (req.body ?? {}) as TicketChanges
  if (!ticket || !validChanges(req, body)) return
  // `tags` replaces the whole list, as Freshdesk does: clients must read, merge and write.
  if (body.tags !== undefined) ticket.tags = body.tags as string[]
  if (body.status !== undefined) ticket.status = Number(body.status)
  if (body.priority !== undefined) ticket.priority = Number(body.priority)
  if (body.group_id !== undefined) ticket.group_id = body.group_id as number | null
  if (ticket.status === 4 && !ticket.stats.resolved_at) ticket.stats.resolved_at = stamp(req.now)
  ticket.updated_at = stamp(req.now)
  sendJson(req.res, 200, ticketView(req, ticket), req.headers)
}

const addConversation = (req: SimRequest, kind: 'reply' | 'note'): void => {
  const ticket = findTicket(req)
  const body = (req.body ?? {}) as { body?: unknown; private?: unknown }
  if (!ticket) return
  if (typeof body.body !== 'string' || body.body.trim() === '')
    return invalid(req.res, 'body', 'Mandatory attribute missing')
  const at = stamp(req.now)
  const conversation: SimConversation = {
    id: req.account.nextId(),
    body: body.body,
    body_text: textOf(body.body),
    incoming: false,
    private: kind === 'note' ? body.private !== false : false,
    user_id: req.agentId,
    source: kind === 'reply' ? 0 : 2,
    ticket_id: ticket.id,
    created_at: at,
    updated_at: at,
  }
  ticket.conversations.push(conversation)
  if (kind === 'reply') {
    ticket.stats.first_responded_at ??= at
    ticket.stats.agent_responded_at = at
  }
  ticket.updated_at = at
  sendJson(req.res, 201, conversation, req.headers)
}

// `query="status:4 OR status:5"`: the subset of Freshdesk's ticket search Deskmate uses.
const searchTickets = (req: SimRequest): void => {
  const query = req.query.get('query') ?? ''
  const statuses = [...query.matchAll(/status:(\d+)/g)].map((m) => Number(m[1]))
  const results = req.account.tickets
    .filter((t) => statuses.length === 0 || statuses.includes(t.status))
    .sort((a, b) => b.updated_at.localeCompare(a.updated_at))
    .map((t) => ticketView(req, t))
  sendJson(req.res, 200, { results: results.slice(0, 30), total: results.length }, req.headers)
}

/** Tickets, conversations, replies, notes, contacts and ticket search. */
export const TICKET_ROUTES: SimRoute[] = [
  [
    'GET',
    TICKET,
    (req) => {
      const ticket = findTicket(req)
      if (ticket) sendJson(req.res, 200, ticketView(req, ticket), req.headers)
    },
  ],
  ['PUT', TICKET, updateTicket],
  [
    'GET',
    /^\/api\/v2\/tickets\/(\d+)\/conversations$/,
    (req) => {
      const ticket = findTicket(req)
      if (ticket) sendPage(req, ticket.conversations)
    },
  ],
  ['POST', /^\/api\/v2\/tickets\/(\d+)\/reply$/, (req) => addConversation(req, 'reply')],
  ['POST', /^\/api\/v2\/tickets\/(\d+)\/notes$/, (req) => addConversation(req, 'note')],
  ['GET', /^\/api\/v2\/search\/tickets$/, searchTickets],
  [
    'GET',
    /^\/api\/v2\/contacts\/(\d+)$/,
    (req) => {
      const contact = req.account.contacts.find((c) => c.id === Number(req.params[0]))
      if (contact) sendJson(req.res, 200, contact, req.headers)
      else notFound(req.res)
    },
  ],
]
