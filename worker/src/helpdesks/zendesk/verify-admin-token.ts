import { AppError } from '@deskmate/shared'
import { errors, jwtVerify, type JWTPayload } from 'jose'
import type { AdminIdentity, SignedUser } from '../adapter.ts'
import { HelpdeskApiError } from '../fetch-with-retry.ts'
import type { ZendeskApi } from './api.ts'
import { installationPublicKey } from './app-public-key.ts'

const CLOCK_SKEW_SEC = 60
// Zendesk's ZAF JWTs live about five minutes; anything issued longer ago than this is refused whatever its exp.
const MAX_TOKEN_AGE_SEC = 600

const notValid = (message = 'The Zendesk token is not valid'): AppError =>
  new AppError('unauthorized', message)

/** The host an `iss` or `aud` names (`demo.zendesk.com` or `https://demo.zendesk.com/...`), lowercased. */
export const zendeskHostOf = (value: unknown): string | null => {
  if (typeof value !== 'string' || value.length > 500) return null
  try {
    return new URL(/^https?:\/\//i.test(value) ? value : `https://${value}`).hostname.toLowerCase()
  } catch {
    return null
  }
}

/** The installation id the audience names (`https://{sub}.zendesk.com/api/v2/apps/installations/{id}.json`). */
const audienceInstallation = (aud: JWTPayload['aud'], host: string): string | null => {
  const audiences = Array.isArray(aud) ? aud : [aud]
  for (const value of audiences) {
    if (typeof value !== 'string' || zendeskHostOf(value) !== host) continue
    const id = /\/api\/v2\/apps\/installations\/(\d{1,20})(?:\.json)?\/?$/.exec(new URL(value).pathname)?.[1]
    if (id) return id
  }
  return null
}

const verifySignature = async (token: string, key: CryptoKey, now: Date): Promise<JWTPayload> => {
  try {
    const { payload } = await jwtVerify(token, key, {
      // Pinned: an HS256 token "signed" with the public key, or an unsigned one, never verifies.
      algorithms: ['RS256'],
      clockTolerance: CLOCK_SKEW_SEC,
      maxTokenAge: MAX_TOKEN_AGE_SEC,
      currentDate: now,
      requiredClaims: ['iss', 'aud', 'sub', 'exp', 'iat'],
    })
    return payload
  } catch (err) {
    if (err instanceof errors.JWTExpired) throw new AppError('token_expired', 'The Zendesk token has expired')
    throw notValid()
  }
}

type ZendeskUserRole = { id: number; name?: string; role?: string }

/** The user a token names, or null when Zendesk no longer knows it. */
const readUser = async (api: ZendeskApi, userId: string): Promise<ZendeskUserRole | null> => {
  try {
    return (await api.get<{ user: ZendeskUserRole }>(`/api/v2/users/${userId}.json`)).user
  } catch (err) {
    if (err instanceof HelpdeskApiError && err.upstreamStatus === 404) return null
    throw err
  }
}

/**
 * Checks a ZAF JWT (RS256, POSTed by Zendesk to a signed location) for one installation: signed with the app's
 * public key, fresh, issued by this account for this installation; then asks Zendesk, with the tenant's
 * credentials, whether its user (`sub`) is an administrator or an agent now. Claims other than these are not
 * trusted. Anyone else (an end user, a user Zendesk no longer knows) gets 403 `admin_required`.
 */
export const verifyZendeskUserToken = async (
  api: ZendeskApi,
  account: string,
  token: string,
  installationId: string,
  now: Date,
): Promise<SignedUser> => {
  const key = await installationPublicKey(api, installationId, now)
  const payload = await verifySignature(token, key, now)
  const host = `${account.toLowerCase()}.zendesk.com`
  if (zendeskHostOf(payload.iss) !== host) throw notValid('The Zendesk token is for another account')
  if (audienceInstallation(payload.aud, host) !== installationId)
    throw notValid('The Zendesk token is for another installation')
  const userId = String(payload.sub)
  if (!/^\d{1,20}$/.test(userId)) throw notValid()
  const user = await readUser(api, userId)
  if (user?.role !== 'admin' && user?.role !== 'agent')
    throw new AppError('admin_required', 'Only a Zendesk administrator can manage Deskmate')
  return { userId, name: user.name ?? null, isAdmin: user.role === 'admin' }
}

/** As `verifyZendeskUserToken`, for administrators only (403 `admin_required` for an agent). */
export const verifyZendeskAdminToken = async (
  api: ZendeskApi,
  account: string,
  token: string,
  installationId: string,
  now: Date,
): Promise<AdminIdentity> => {
  const { isAdmin, ...identity } = await verifyZendeskUserToken(api, account, token, installationId, now)
  if (!isAdmin) throw new AppError('admin_required', 'Only a Zendesk administrator can manage Deskmate')
  return identity
}
