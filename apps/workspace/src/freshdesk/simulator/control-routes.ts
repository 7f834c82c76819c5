import type { ServerResponse } from 'node:http'
import {
  AGENT_ID,
  apiKeyOf,
  createAccount,
  stamp,
  textOf,
  upsertArticle,
  type AccountOptions,
  type NewArticle,
  type NewTicket,
} from './accounts.ts'
import { fireCreationRules } from './fire-rules.ts'
import { insertHistoryTicket } from './history.ts'
import type { SimAccount, SimFault, SimTicket } from './model.ts'
import { invalid, notFound, sendJson } from './responses.ts'

/** A control request (tests and the workspace drive the simulator through these; Freshdesk has no such API). */
export type ControlRequest = { method: string; path: string; body: unknown; res: ServerResponse; now: Date }

/** The simulator's mutable state. */
export type SimulatorState = { accounts: Map<string, SimAccount>; baseUrl: string }

/** A ticket with its requester and conversation, for assertions and the workspace's ticket view. */
export const fullTicket = (account: SimAccount, ticket: SimTicket) => ({
  ...ticket,
  requester: account.contacts.find((c) => c.id === ticket.requester_id) ?? null,
})

/** Creates an account (replacing one of the same name) with its tickets and articles. */
export const setUpAccount = (
  state: SimulatorState,
  options: AccountOptions & { tickets?: NewTicket[]; articles?: NewArticle[] },
  now: Date,
) => {
  const account = createAccount(options, now)
  for (const ticket of options.tickets ?? []) insertHistoryTicket(account, ticket, now)
  for (const article of options.articles ?? []) upsertArticle(account, article, now)
  state.accounts.set(account.name, account)
  return {
    account: account.name,
    apiBase: `${state.baseUrl}/{account}`,
    apiKey: apiKeyOf(account),
    agentApiKey: apiKeyOf(account, AGENT_ID),
  }
}

/**
 * Creates a ticket as a customer would and runs the Ticket creation rules (waits until they are sent); a solved
 * one is history put in place, which no rule sees.
 */
export const createCustomerTicket = async (account: SimAccount, input: NewTicket, now: Date) => {
  const ticket = insertHistoryTicket(account, input, now)
  if (!input.solved) await fireCreationRules(account, ticket)
  return fullTicket(account, ticket)
}

const customerReply = (account: SimAccount, ticket: SimTicket, text: string, now: Date) => {
  const at = stamp(now)
  ticket.conversations.push({
    id: account.nextId(),
    body: `<div>${text}</div>`,
    body_text: textOf(text),
    incoming: true,
    private: false,
    user_id: ticket.requester_id,
    source: 0,
    ticket_id: ticket.id,
    created_at: at,
    updated_at: at,
  })
  ticket.updated_at = at
}

/** Handles `/__sim/...`; false when the path is not a control path. */
export const handleControl = async (state: SimulatorState, req: ControlRequest): Promise<boolean> => {
  const { method, path, res, now } = req
  const body = (req.body ?? {}) as Record<string, unknown>
  if (method === 'POST' && path === '/__sim/accounts') {
    if (typeof body.account !== 'string' || !/^[a-z0-9][a-z0-9-]{0,62}$/.test(body.account))
      invalid(res, 'account', 'account must be a subdomain')
    else sendJson(res, 201, setUpAccount(state, body as unknown as AccountOptions, now))
    return true
  }
  const match = /^\/__sim\/([a-z0-9-]+)\/(tickets|deliveries|faults|articles)(?:\/(\d+)(\/replies)?)?$/.exec(
    path,
  )
  if (!match) return false
  const account = state.accounts.get(match[1] ?? '')
  if (!account) {
    notFound(res)
    return true
  }
  const [, , resource, id, sub = ''] = match
  const ticket = id ? account.tickets.find((t) => t.id === Number(id)) : undefined
  const key = `${method} ${resource}${id ? '/:id' : ''}${sub}`
  if (key === 'POST tickets') {
    if (typeof body.subject !== 'string' || typeof body.body !== 'string')
      invalid(res, 'subject', 'subject and body are required')
    else
      sendJson(res, 201, { ticket: await createCustomerTicket(account, body as unknown as NewTicket, now) })
  } else if (key === 'GET tickets') {
    sendJson(res, 200, { tickets: account.tickets.map((t) => fullTicket(account, t)) })
  } else if (key === 'GET tickets/:id' && ticket) {
    sendJson(res, 200, { ticket: fullTicket(account, ticket) })
  } else if (key === 'POST tickets/:id/replies' && ticket && typeof body.body === 'string') {
    customerReply(account, ticket, body.body, now)
    sendJson(res, 201, { ticket: fullTicket(account, ticket) })
  } else if (key === 'GET deliveries') {
    sendJson(res, 200, { deliveries: account.deliveries })
  } else if (key === 'POST faults') {
    const fault = body as unknown as SimFault
    account.faults.push({ ...fault, path: String(fault.path ?? '.*'), times: Number(fault.times) || 1 })
    sendJson(res, 201, { faults: account.faults.length })
  } else if (key === 'PUT articles') {
    const articles = (body.articles ?? []) as NewArticle[]
    sendJson(res, 200, { articles: articles.map((a) => upsertArticle(account, a, now)) })
  } else if (key === 'DELETE articles/:id') {
    account.articles = account.articles.filter((a) => a.id !== Number(id))
    res.writeHead(204).end()
  } else {
    notFound(res)
  }
  return true
}
