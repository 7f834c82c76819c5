import type { ZendeskOrganization, ZendeskRestTicket, ZendeskUser } from '@deskmate/shared'
import type { HelpdeskConnection } from '../adapter.ts'
import { DEFAULT_RETRY, HelpdeskApiError, fetchWithRetry, type RetryOptions } from '../fetch-with-retry.ts'

/** A Zendesk comment (`GET /api/v2/tickets/{id}/comments.json`). */
export type ZendeskComment = {
  id: number
  author_id: number
  body?: string
  html_body?: string
  plain_body?: string
  public: boolean
  created_at?: string
}

/** A Help Center article or translation as the incremental export and list endpoints return it. */
export type ZendeskArticle = {
  id: number
  title: string | null
  body: string | null
  locale: string
  html_url?: string | null
  draft?: boolean
  updated_at?: string
}

/** A ticket with its sideloaded requester and organization. */
export type ZendeskTicketWithSideloads = {
  ticket: ZendeskRestTicket & { status?: string; tags?: string[]; updated_at?: string }
  users?: ZendeskUser[]
  organizations?: ZendeskOrganization[]
}

/** The origin of an account's API: `https://{account}.zendesk.com`, or the configured base (a simulator). */
export const zendeskOrigin = (apiBase: string, account: string): string =>
  (apiBase.trim() === '' ? 'https://{account}.zendesk.com' : apiBase.trim())
    .replace('{account}', encodeURIComponent(account))
    .replace(/\/{1,16}$/, '')

const basicAuth = (user: string, token: string): string => {
  const bytes = new TextEncoder().encode(`${user}/token:${token}`)
  return `Basic ${btoa(String.fromCharCode(...bytes))}`
}

const finalError = (status: number, path: string): HelpdeskApiError => {
  if (status === 401 || status === 403)
    return new HelpdeskApiError('forbidden', 'Zendesk refused the API credentials', {
      upstreamStatus: status,
      isRetryable: false,
    })
  if (status === 409)
    return new HelpdeskApiError('conflict', 'Zendesk refused an update made on stale ticket data', {
      upstreamStatus: 409,
      isRetryable: false,
    })
  if (status === 404)
    return new HelpdeskApiError('not_found', `Zendesk has no ${path.split('?')[0]}`, {
      upstreamStatus: 404,
      isRetryable: false,
    })
  return new HelpdeskApiError('helpdesk_upstream', `Zendesk answered ${status}`, {
    upstreamStatus: status,
    isRetryable: false,
  })
}

/**
 * A JSON client for one Zendesk account's REST API: token auth, retries, timeouts, typed errors.
 * @example const api = createZendeskApi(connection); const { user } = await api.get<{ user: ZendeskUser }>('/api/v2/users/me.json')
 */
export const createZendeskApi = (connection: HelpdeskConnection, retry: Partial<RetryOptions> = {}) => {
  const origin = zendeskOrigin(connection.apiBase, connection.account)
  const options: RetryOptions = {
    ...DEFAULT_RETRY,
    fetch: connection.fetch ?? ((input, init) => fetch(input, init)),
    sleep: connection.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
    ...retry,
  }
  const headers = {
    Authorization: basicAuth(connection.apiUser, connection.apiToken),
    Accept: 'application/json',
  }

  const request = async (
    method: string,
    pathOrUrl: string,
    body?: unknown,
    isIdempotent?: boolean,
  ): Promise<Response> => {
    const url = pathOrUrl.startsWith('/') ? `${origin}${pathOrUrl}` : pathOrUrl
    // Pagination links are followed only on the account's own origin: the credentials never go elsewhere.
    if (!url.startsWith(`${origin}/`))
      throw new HelpdeskApiError('helpdesk_upstream', 'Zendesk linked outside the account', {
        upstreamStatus: null,
        isRetryable: false,
      })
    const init: RequestInit =
      body === undefined
        ? { method, headers }
        : { method, headers: { ...headers, 'Content-Type': 'application/json' }, body: JSON.stringify(body) }
    const res = await fetchWithRetry(
      url,
      init,
      isIdempotent === undefined ? options : { ...options, isIdempotent },
    )
    if (!res.ok) {
      await res.body?.cancel()
      throw finalError(res.status, url.slice(origin.length))
    }
    return res
  }
  const send = async <T>(
    method: string,
    pathOrUrl: string,
    body?: unknown,
    isIdempotent?: boolean,
  ): Promise<T> => (await (await request(method, pathOrUrl, body, isIdempotent)).json()) as T

  return {
    origin,
    get: <T>(pathOrUrl: string) => send<T>('GET', pathOrUrl),
    /** A GET whose answer is not JSON (the app's public key is PEM text). */
    getText: async (path: string) => (await request('GET', path)).text(),
    post: <T>(path: string, body: unknown) => send<T>('POST', path, body),
    put: <T>(path: string, body: unknown) => send<T>('PUT', path, body),
    /** A PUT Zendesk applies at most once (a `safe_update` with `updated_stamp`), so it may be resent. */
    putConditional: <T>(path: string, body: unknown) => send<T>('PUT', path, body, true),
  }
}
export type ZendeskApi = ReturnType<typeof createZendeskApi>
