import { AppError } from '@deskmate/shared'
import type { AdminIdentity, HelpdeskConnection } from '../adapter.ts'
import { HelpdeskApiError } from '../fetch-with-retry.ts'
import { isFreshdeskAdmin, type FreshdeskAgent, type FreshdeskRole } from './admin-role.ts'
import { createFreshdeskApi } from './api.ts'

/** Seconds an admin is told to wait after Freshdesk did not answer. */
export const FRESHDESK_OUTAGE_RETRY_SEC = 30

// A request template times out after 15 s: two calls of at most two 3-second attempts each stay below it.
const RETRY = { maxAttempts: 2, timeoutMs: 3_000, maxWaitSec: 2, baseDelayMs: 200, maxDelayMs: 500 }

/**
 * Errors without the failed call's cause: the cause of a transport error may quote the request, and the
 * request carried the admin's key.
 */
const translate = (err: unknown, account: string): AppError => {
  if (!(err instanceof HelpdeskApiError)) return new AppError('internal', 'Checking the API key failed')
  if (err.code === 'forbidden' || err.code === 'not_found')
    return new AppError('unauthorized', `Freshdesk did not accept this API key for ${account}.freshdesk.com`)
  if (err.code === 'rate_limited')
    return new AppError('rate_limited', 'Freshdesk is rate limiting this account; try again shortly', {
      retryAfterSec: err.retryAfterSec ?? 60,
    })
  return new AppError('helpdesk_upstream', 'Freshdesk did not answer; try again in a minute', {
    retryAfterSec: FRESHDESK_OUTAGE_RETRY_SEC,
  })
}

const isAgent = (value: unknown): value is FreshdeskAgent =>
  typeof value === 'object' && value !== null && Number.isSafeInteger((value as { id?: unknown }).id)

/**
 * Asks Freshdesk who owns `connection.apiToken` (an admin's own API key, presented once per console session):
 * `GET /api/v2/agents/me` on the tenant's own domain, whose answer is that user's agent record **in that
 * account**, then the account's roles. The key must belong to an agent holding a built-in administrator role
 * there. 401 `unauthorized` for a key Freshdesk refuses, 403 `admin_required` for an agent who is not an
 * administrator, 502 `helpdesk_upstream` / 429 `rate_limited` with Retry-After when Freshdesk cannot answer.
 * @example const admin = await verifyFreshdeskAdminKey({ ...connection, apiToken: presentedKey })
 */
export const verifyFreshdeskAdminKey = async (connection: HelpdeskConnection): Promise<AdminIdentity> => {
  const api = createFreshdeskApi(connection, RETRY)
  const me = await api.get<unknown>('/api/v2/agents/me').catch((err: unknown) => {
    throw translate(err, connection.account)
  })
  if (!isAgent(me)) throw new AppError('helpdesk_upstream', 'Freshdesk answered an unexpected agent record')
  const roles = await api.get<FreshdeskRole[]>('/api/v2/roles').catch((err: unknown) => {
    // Reading the roles is an admin's right: a key refused here is an agent's.
    if (err instanceof HelpdeskApiError && err.code === 'forbidden') return []
    throw translate(err, connection.account)
  })
  if (!Array.isArray(roles))
    throw new AppError('helpdesk_upstream', 'Freshdesk answered an unexpected role list')
  if (!isFreshdeskAdmin(me, roles))
    throw new AppError(
      'admin_required',
      'Only a Freshdesk administrator of this account can open the console',
    )
  return { userId: String(me.id), name: me.contact?.name ?? null }
}
