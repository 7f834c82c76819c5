import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { AccountOptions, NewArticle, NewTicket } from './accounts.ts'
import { ADMIN_ROUTES } from './admin-routes.ts'
import { GROUP_ROUTES } from './group-routes.ts'
import { SATISFACTION_ROUTES } from './satisfaction-routes.ts'
import { createSimApp, signSimAppToken, type AppTokenRequest } from './app-token.ts'
import {
  createCustomerTicket,
  handleControl,
  setUpAccount,
  type fullTicket,
  type SimulatorState,
} from './control-routes.ts'
import type { SimAccount } from './model.ts'
import { notFound, rateLimited, sendJson, unauthorized } from './responses.ts'
import { dispatch } from './route.ts'
import { TICKET_ROUTES } from './ticket-routes.ts'

/** Options of the simulator; the first account is created at start. */
export type ZendeskSimulatorOptions = AccountOptions & {
  port?: number
  tickets?: NewTicket[]
  articles?: NewArticle[]
}

/** A running Zendesk simulator. */
export type ZendeskSimulator = {
  url: string
  /** The value for the Worker's ZENDESK_API_BASE (`{account}` is replaced by the account's subdomain). */
  apiBase: string
  state: SimulatorState
  /** The first account's API credentials and installation id. */
  credentials: { apiUser: string; apiToken: string; installationId: number }
  createTicket(input: NewTicket, account?: string): Promise<ReturnType<typeof fullTicket>>
  /** The ZAF JWT Zendesk POSTs to the app's signed locations, for a user of the account (default its admin). */
  appToken(request?: AppTokenRequest, account?: string): Promise<string>
  close(): Promise<void>
}

const MAX_BODY_BYTES = 1_000_000
const ROUTES = [...TICKET_ROUTES, ...ADMIN_ROUTES, ...GROUP_ROUTES, ...SATISFACTION_ROUTES]

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

const authenticate = (account: SimAccount, header: string | undefined) => {
  const match = /^Basic (.+)$/.exec(header ?? '')
  const [email, token] = Buffer.from(match?.[1] ?? '', 'base64')
    .toString('utf8')
    .split('/token:')
  if (!email || !token || account.apiTokens.get(token)?.toLowerCase() !== email.toLowerCase()) return null
  const user = account.users.find((u) => u.email === email.toLowerCase())
  return user && user.role !== 'end-user' ? user : null
}

/** Applies the first matching injected fault; true when the request was answered (or left hanging). */
const applyFault = async (
  account: SimAccount,
  method: string,
  path: string,
  res: ServerResponse,
): Promise<boolean> => {
  const fault = account.faults.find(
    (f) => (!f.method || f.method === method) && new RegExp(f.path).test(path),
  )
  if (!fault) return false
  if (--fault.times <= 0) account.faults.splice(account.faults.indexOf(fault), 1)
  if (fault.delayMs) await new Promise((resolve) => setTimeout(resolve, fault.delayMs))
  if (fault.hang) return true
  if (fault.status === 429) rateLimited(res, fault.retryAfter ?? 1)
  else if (fault.status)
    sendJson(res, fault.status, { error: 'ServiceUnavailable', description: 'Simulated failure' })
  return fault.status !== undefined
}

/**
 * Starts a local Zendesk: the Support, Help Center, webhook, trigger and app endpoints Deskmate uses (with the
 * app's RS256 key pair, so signed locations get ZAF JWTs), with Zendesk's request and response shapes,
 * per-account under `/{account}`, plus `/__sim` controls and fault injection (429 with Retry-After, 5xx, slow
 * answers, hangs).
 * @example const sim = await startZendeskSimulator({ account: 'demo', webhook: { url, secret } })
 */
export const startZendeskSimulator = async (options: ZendeskSimulatorOptions): Promise<ZendeskSimulator> => {
  const state: SimulatorState = { accounts: new Map(), baseUrl: '', app: await createSimApp() }
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://sim')
    const method = req.method ?? 'GET'
    const now = new Date()
    const body = method === 'GET' || method === 'DELETE' ? undefined : await readJson(req)
    if (await handleControl(state, { method, path: url.pathname, body, res, now })) return
    const match = /^\/([a-z0-9][a-z0-9-]*)(\/api\/v2\/.*)$/.exec(url.pathname)
    const account = match ? state.accounts.get(match[1] ?? '') : undefined
    if (!match?.[2] || !account) return notFound(res)
    const path = match[2]
    if (await applyFault(account, method, path, res)) return
    // A delayed request is applied when its delay ends, as a slow Zendesk applies it late.
    const appliedAt = new Date()
    const user = authenticate(account, req.headers.authorization)
    if (!user) return unauthorized(res)
    const origin = `${state.baseUrl}/${account.name}`
    const handled = await dispatch(ROUTES, {
      account,
      method,
      path,
      query: url.searchParams,
      body: body ?? {},
      user,
      origin,
      res,
      now: appliedAt,
    })
    if (!handled) notFound(res)
  }
  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent)
        sendJson(res, 400, {
          error: 'InvalidRequest',
          description: error instanceof Error ? error.message : 'Bad request',
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
    credentials: { apiUser: first.apiUser, apiToken: first.apiToken, installationId: first.installationId },
    createTicket(input, name = options.account) {
      const account = state.accounts.get(name)
      if (!account) throw new Error(`No simulated account ${name}`)
      return createCustomerTicket(account, input, new Date())
    },
    async appToken(request = {}, name = options.account) {
      const account = state.accounts.get(name)
      const signed = account ? await signSimAppToken(account, request, new Date()) : null
      if (!signed) throw new Error(`No such user in the simulated account ${name}`)
      return signed.token
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
