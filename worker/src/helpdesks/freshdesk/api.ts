import type { HelpdeskConnection } from '../adapter.ts'
import { DEFAULT_RETRY, HelpdeskApiError, fetchWithRetry, type RetryOptions } from '../fetch-with-retry.ts'

/** A Freshdesk contact as `?include=requester` or `GET /api/v2/contacts/{id}` returns it. */
export type FreshdeskContact = {
  id?: number | null
  name?: string | null
  email?: string | null
  tags?: string[] | null
}

/** A ticket (`GET /api/v2/tickets/{id}?include=requester`). */
export type FreshdeskTicket = {
  id: number
  subject?: string | null
  description?: string | null
  description_text?: string | null
  status?: number | null
  priority?: number | null
  source?: number | null
  tags?: string[] | null
  requester_id?: number | null
  group_id?: number | null
  created_at?: string | null
  updated_at?: string | null
  due_by?: string | null
  fr_due_by?: string | null
  nr_due_by?: string | null
  requester?: FreshdeskContact | null
}

/** One conversation entry (`GET /api/v2/tickets/{id}/conversations`): a reply, a note or a customer message. */
export type FreshdeskConversation = {
  id: number
  body?: string | null
  body_text?: string | null
  incoming: boolean
  private: boolean
  /** 0 a reply, 2 a note (public notes are not sent to the customer), others per channel. */
  source?: number | null
  user_id?: number | null
  created_at?: string | null
}

/** The last rate-limit headers Freshdesk sent (null until a response carried them). */
export type RateLimit = { total: number | null; remaining: number | null }

/** Calls left in the account's current rate-limit window that Deskmate leaves to agents and other integrations. */
export const RATE_LIMIT_RESERVE = 10

/** Whether the account's API budget is down to the calls Deskmate leaves to agents' other integrations. */
export const isBudgetSpent = ({ remaining }: RateLimit): boolean =>
  remaining !== null && remaining <= RATE_LIMIT_RESERVE

/** The origin of an account's API: `https://{account}.freshdesk.com`, or the configured base (a simulator). */
export const freshdeskOrigin = (apiBase: string, account: string): string =>
  (apiBase.trim() === '' ? 'https://{account}.freshdesk.com' : apiBase.trim())
    .replace('{account}', encodeURIComponent(account))
    .replace(/\/{1,16}$/, '')

// Freshdesk's Basic auth takes the API key as the user name and any password: `X` by convention.
const basicAuth = (apiKey: string): string => {
  const bytes = new TextEncoder().encode(`${apiKey}:X`)
  return `Basic ${btoa(String.fromCharCode(...bytes))}`
}

const finalError = (status: number, path: string): HelpdeskApiError => {
  const opts = { upstreamStatus: status, isRetryable: false }
  if (status === 401 || status === 403)
    return new HelpdeskApiError('forbidden', 'Freshdesk refused the API key', opts)
  if (status === 404) return new HelpdeskApiError('not_found', `Freshdesk has no ${path.split('?')[0]}`, opts)
  return new HelpdeskApiError('helpdesk_upstream', `Freshdesk answered ${status}`, opts)
}

const headerNumber = (headers: Headers, name: string): number | null => {
  const value = headers.get(name)
  const parsed = value === null ? Number.NaN : Number(value)
  return Number.isFinite(parsed) ? parsed : null
}

/**
 * A JSON client for one Freshdesk account's REST API v2: API-key auth, retries (429 honours Retry-After),
 * timeouts, typed errors. It reads the rate-limit headers and refuses a write once the account's budget is
 * down to RATE_LIMIT_RESERVE, so Deskmate never spends the last calls agents' other integrations share.
 * @example const api = createFreshdeskApi(connection); const ticket = await api.get<FreshdeskTicket>('/api/v2/tickets/1')
 */
export const createFreshdeskApi = (connection: HelpdeskConnection, retry: Partial<RetryOptions> = {}) => {
  const origin = freshdeskOrigin(connection.apiBase, connection.account)
  const options: RetryOptions = {
    ...DEFAULT_RETRY,
    fetch: connection.fetch ?? ((input, init) => fetch(input, init)),
    sleep: connection.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
    ...retry,
  }
  const headers = { Authorization: basicAuth(connection.apiToken), Accept: 'application/json' }
  const rateLimit: RateLimit = { total: null, remaining: null }

  const request = async (method: string, path: string, body?: unknown, isIdempotent?: boolean) => {
    if (method !== 'GET' && isBudgetSpent(rateLimit)) {
      throw new HelpdeskApiError('rate_limited', 'The Freshdesk API budget is nearly spent', {
        upstreamStatus: null,
        isRetryable: true,
        retryAfterSec: 60,
      })
    }
    const url = `${origin}${path}`
    const init: RequestInit =
      body === undefined
        ? { method, headers }
        : { method, headers: { ...headers, 'Content-Type': 'application/json' }, body: JSON.stringify(body) }
    const res = await fetchWithRetry(
      url,
      init,
      isIdempotent === undefined ? options : { ...options, isIdempotent },
    )
    rateLimit.total = headerNumber(res.headers, 'X-RateLimit-Total') ?? rateLimit.total
    rateLimit.remaining = headerNumber(res.headers, 'X-RateLimit-Remaining') ?? rateLimit.remaining
    if (!res.ok) {
      await res.body?.cancel()
      throw finalError(res.status, path)
    }
    return res.status === 204 ? undefined : ((await res.json()) as unknown)
  }

  return {
    origin,
    rateLimit: (): RateLimit => ({ ...rateLimit }),
    get: async <T>(path: string) => (await request('GET', path)) as T,
    /** A POST is never resent after a lost answer: it may have landed (check before writing again). */
    post: async <T>(path: string, body: unknown) => (await request('POST', path, body)) as T,
    /** A PUT of absolute values (tags already merged): resending it lands the same state. */
    put: async <T>(path: string, body: unknown) => (await request('PUT', path, body, true)) as T,
  }
}
export type FreshdeskApi = ReturnType<typeof createFreshdeskApi>
