import {
  createAccount,
  credentialsOf,
  insertTicket,
  upsertArticle,
  type AccountOptions,
  type NewArticle,
  type NewTicket,
} from './accounts.ts'
import { addUserComment, type NewComment } from './customer-comment.ts'
import { fireTriggers } from './fire-triggers.ts'
import type { SimAccount, SimApp, SimFault, SimTicket } from './model.ts'
import { signSimAppToken, type AppTokenRequest } from './app-token.ts'
import { invalid, notFound, sendJson } from './responses.ts'
import type { ServerResponse } from 'node:http'

/** A control request (tests and the workspace drive the simulator through these; Zendesk has no such API). */
export type ControlRequest = { method: string; path: string; body: unknown; res: ServerResponse; now: Date }

/** The simulator's mutable state. */
export type SimulatorState = { accounts: Map<string, SimAccount>; baseUrl: string; app: SimApp }

/** A ticket with its conversation and people, for assertions and the workspace's ticket view. */
export const fullTicket = (account: SimAccount, ticket: SimTicket) => ({
  ...ticket,
  requester: account.users.find((u) => u.id === ticket.requester_id) ?? null,
  organization: account.organizations.find((o) => o.id === ticket.organization_id) ?? null,
  comments: ticket.comments.map((c) => ({
    ...c,
    author: account.users.find((u) => u.id === c.author_id) ?? null,
  })),
})

/** Creates an account (replacing one of the same name) with its tickets and articles. */
export const setUpAccount = (
  state: SimulatorState,
  options: AccountOptions & { tickets?: NewTicket[]; articles?: NewArticle[] },
  now: Date,
) => {
  const account = createAccount(options, now, state.app)
  for (const ticket of options.tickets ?? []) insertTicket(account, ticket, now)
  for (const article of options.articles ?? []) upsertArticle(account, article, now)
  state.accounts.set(account.name, account)
  return {
    account: account.name,
    apiBase: `${state.baseUrl}/{account}`,
    installationId: account.installationId,
    ...credentialsOf(account),
  }
}

/** Creates a ticket as a customer would and runs the triggers (waits until their webhooks are sent). */
export const createCustomerTicket = async (account: SimAccount, input: NewTicket, now: Date) => {
  const ticket = insertTicket(account, input, now)
  // A solved ticket is history put in place, not a customer writing in: no trigger sees it.
  if (!input.solved) await fireTriggers(account, ticket, 'Create')
  return fullTicket(account, ticket)
}

/** Handles `/__sim/...`; false when the path is not a control path. */
export const handleControl = async (state: SimulatorState, req: ControlRequest): Promise<boolean> => {
  const { method, path, res, now } = req
  const body = (req.body ?? {}) as Record<string, unknown>
  if (method === 'POST' && path === '/__sim/accounts') {
    if (typeof body.account !== 'string' || !/^[a-z0-9][a-z0-9-]{0,62}$/.test(body.account)) {
      invalid(res, 'account must be a subdomain')
      return true
    }
    sendJson(res, 201, setUpAccount(state, body as unknown as Parameters<typeof setUpAccount>[1], now))
    return true
  }
  const match =
    /^\/__sim\/([a-z0-9-]+)\/(tickets|deliveries|faults|articles|users|app-token)(?:\/(\d+)(\/comments)?)?$/.exec(
      path,
    )
  if (!match) return false
  const account = state.accounts.get(match[1] ?? '')
  if (!account) {
    notFound(res)
    return true
  }
  const [, , resource, id, sub = ''] = match
  const key = `${method} ${resource}${id ? '/:id' : ''}${sub}`
  if (key === 'POST tickets/:id/comments') {
    const ticket = account.tickets.find((t) => t.id === Number(id))
    if (!ticket) notFound(res)
    else if (typeof body.body !== 'string' || body.body.trim() === '') invalid(res, 'body is required')
    else {
      const comment = await addUserComment(account, ticket, body as unknown as NewComment, now)
      if (comment) sendJson(res, 201, { comment, ticket: fullTicket(account, ticket) })
      else invalid(res, 'the account has no such author')
    }
  } else if (key === 'POST tickets') {
    if (typeof body.subject !== 'string' || typeof body.body !== 'string')
      invalid(res, 'subject and body are required')
    else
      sendJson(res, 201, { ticket: await createCustomerTicket(account, body as unknown as NewTicket, now) })
  } else if (key === 'GET tickets') {
    sendJson(res, 200, { tickets: account.tickets.map((t) => fullTicket(account, t)) })
  } else if (key === 'GET tickets/:id') {
    const ticket = account.tickets.find((t) => t.id === Number(id))
    if (ticket) sendJson(res, 200, { ticket: fullTicket(account, ticket) })
    else notFound(res)
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
  } else if (key === 'POST app-token') {
    // What Zendesk POSTs to a signed location of the app (tests and the workspace play the browser).
    const signed = await signSimAppToken(account, body as AppTokenRequest, now)
    if (signed) sendJson(res, 201, signed)
    else notFound(res)
  } else if (key === 'POST users') {
    const user = {
      id: account.nextId(),
      name: String(body.name ?? 'Agent'),
      email: String(body.email ?? '').toLowerCase(),
      role: (body.role ?? 'agent') as 'agent',
      tags: [],
      organization_id: null,
      created_at: now.toISOString(),
      updated_at: now.toISOString(),
    }
    account.users.push(user)
    if (typeof body.apiToken === 'string') account.apiTokens.set(body.apiToken, user.email)
    sendJson(res, 201, { user })
  } else {
    notFound(res)
  }
  return true
}
