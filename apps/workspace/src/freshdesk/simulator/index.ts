import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { ADMIN_ROUTES } from './admin-routes.ts'
import { SATISFACTION_ROUTES } from './satisfaction-routes.ts'
import type { AccountOptions, NewArticle, NewTicket } from './accounts.ts'
import { createCustomerTicket, handleControl, setUpAccount, type SimulatorState } from './control-routes.ts'
import { LIST_ROUTES } from './list-routes.ts'
import type { SimAccount, SimFault } from './model.ts'
import { notFound, rateLimited, sendJson, unauthorized } from './responses.ts'
import { dispatch } from './route.ts'
import { TICKET_ROUTES } from './ticket-routes.ts'

/** Options of the simulator; the first account is created at start. */
export type FreshdeskSimulatorOptions = AccountOptions & {
  port?: number
  tickets?: NewTicket[]
  articles?: NewArticle[]
}

/** A running Freshdesk simulator. */
export type FreshdeskSimulator = {
  url: string
  /** The value for the Worker's FRESHDESK_API_BASE (`{account}` is replaced by the account's subdomain). */
  apiBase: string
  state: SimulatorState
  /** The first account's API key (its admin's). */
  apiKey: string
  /** The first account's plain agent's own API key. */
  agentApiKey: string
  createTicket(input: NewTicket, account?: string): ReturnType<typeof createCustomerTicket>
  close(): Promise<void>
}

const MAX_BODY_BYTES = 1_000_000
const ROUTES = [...TICKET_ROUTES, ...LIST_ROUTES, ...ADMIN_ROUTES, ...SATISFACTION_ROUTES]

const readJson = async (req: IncomingMessage): Promise<unknown> => {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > MAX_BODY_BYTES) throw new Error('too large')
    chunks.push(chunk)
  }
  const text = Buffer.concat(chunks).toString('utf8')
  return text ? (JSON.parse(text) as unknown) : undefined
}

// Basic auth with the API key as the user name; the password is ignored (`X` by convention).
const authenticate = (account: SimAccount, header: string | undefined): number | null => {
  const match = /^Basic (.+)$/.exec(header ?? '')
  const [key] = Buffer.from(match?.[1] ?? '', 'base64')
    .toString('utf8')
    .split(':')
  return key ? (account.apiKeys.get(key) ?? null) : null
}

const findFault = (account: SimAccount, method: string, path: string): SimFault | null => {
  const fault = account.faults.find(
    (f) => (!f.method || f.method === method) && new RegExp(f.path).test(path),
  )
  if (!fault) return null
  if (--fault.times <= 0) account.faults.splice(account.faults.indexOf(fault), 1)
  return fault
}

/** Counts one call against the account's per-minute budget (a new minute starts a new budget). */
const spendCall = (account: SimAccount, now: number): void => {
  if (now - account.rateLimit.windowStart >= 60_000)
    account.rateLimit = { ...account.rateLimit, used: 0, windowStart: now }
  account.rateLimit.used++
}

/** Answers a fault; true when the request was answered (or left hanging). */
const answerFault = async (fault: SimFault, res: ServerResponse): Promise<boolean> => {
  if (fault.delayMs) await new Promise((resolve) => setTimeout(resolve, fault.delayMs))
  if (fault.hang) return true
  if (fault.status === 429) rateLimited(res, fault.retryAfter ?? 1)
  else if (fault.status) sendJson(res, fault.status, { message: 'Simulated failure' })
  return fault.status !== undefined
}

// Where an "after apply" fault sends the real answer: the request lands, its answer is lost.
const discard = {
  writeHead: () => discard,
  end: () => discard,
  headersSent: false,
} as unknown as ServerResponse

/**
 * Starts a local Freshdesk: the REST v2 endpoints Deskmate uses (tickets with `include=requester,stats`, the
 * ticket list and ticket fields, conversations, reply, notes, contacts, ticket search, agents and roles,
 * Solutions, Ticket creation automation rules that call real webhooks with their custom headers), with
 * Freshdesk's shapes and rate-limit headers, per account under `/{account}`, plus `/__sim` controls and fault
 * injection (429 with Retry-After, 5xx, slow answers, hangs, and writes that land but lose their answer).
 * @example const sim = await startFreshdeskSimulator({ account: 'demo', webhook: { url, secret } })
 */
export const startFreshdeskSimulator = async (
  options: FreshdeskSimulatorOptions,
): Promise<FreshdeskSimulator> => {
  const state: SimulatorState = { accounts: new Map(), baseUrl: '' }
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://sim')
    const method = req.method ?? 'GET'
    const body = method === 'GET' || method === 'DELETE' ? undefined : await readJson(req)
    if (await handleControl(state, { method, path: url.pathname, body, res, now: new Date() })) return
    const match = /^\/([a-z0-9][a-z0-9-]*)(\/api\/v2\/.*)$/.exec(url.pathname)
    const account = match ? state.accounts.get(match[1] ?? '') : undefined
    if (!match?.[2] || !account) return notFound(res)
    const path = match[2]
    const fault = findFault(account, method, path)
    if (fault && !fault.afterApply && (await answerFault(fault, res))) return
    const agentId = authenticate(account, req.headers.authorization)
    if (agentId === null) return unauthorized(res)
    spendCall(account, Date.now())
    const headers = {
      'x-ratelimit-total': String(account.rateLimit.total),
      'x-ratelimit-remaining': String(Math.max(0, account.rateLimit.total - account.rateLimit.used)),
      'x-ratelimit-used-currentrequest': '1',
    }
    const request = { account, method, path, query: url.searchParams, body: body ?? {}, agentId, headers }
    const target = fault?.afterApply ? discard : res
    const handled = await dispatch(ROUTES, {
      ...request,
      origin: `${state.baseUrl}/${account.name}`,
      res: target,
      now: new Date(),
    })
    if (fault?.afterApply) await answerFault(fault, res)
    else if (!handled) notFound(res)
  }
  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent)
        sendJson(res, 400, {
          description: error instanceof Error ? error.message : 'Bad request',
          errors: [],
        })
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', resolve)
  })
  state.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const first = setUpAccount(state, options, new Date())
  return {
    url: state.baseUrl,
    apiBase: `${state.baseUrl}/{account}`,
    state,
    apiKey: first.apiKey,
    agentApiKey: first.agentApiKey,
    createTicket(input, name = options.account) {
      const account = state.accounts.get(name)
      if (!account) throw new Error(`No simulated account ${name}`)
      return createCustomerTicket(account, input, new Date())
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
