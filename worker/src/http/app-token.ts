import { AppError } from '@deskmate/shared'
import { decodeJwt, errors, jwtVerify } from 'jose'
import type { HelpdeskKind } from '../db/tenants-repo.ts'

/** The audience every Deskmate token carries. */
export const TOKEN_AUDIENCE = 'deskmate'
const MAX_TOKEN_AGE_SEC = 600
const CLOCK_SKEW_SEC = 60

const ACCOUNT_HOSTS: ReadonlyArray<{ helpdesk: HelpdeskKind; re: RegExp }> = [
  { helpdesk: 'zendesk', re: /^([a-z0-9][a-z0-9-]{0,62})\.zendesk\.com$/ },
  { helpdesk: 'freshdesk', re: /^([a-z0-9][a-z0-9-]{0,62})\.freshdesk\.com$/ },
]

/** A helpdesk account, as a token's issuer names it. */
export type HelpdeskAccount = { helpdesk: HelpdeskKind; account: string }

/** The helpdesk account an issuer names (`https://demo.zendesk.com` or `demo.zendesk.com` → zendesk / demo). */
export const accountFromIssuer = (iss: unknown): HelpdeskAccount | null => {
  if (typeof iss !== 'string' || iss.length > 300) return null
  let host: string
  try {
    // Zendesk's own (ZAF) JWTs name the bare host; Deskmate's app tokens a URL.
    host = new URL(/^https?:\/\//i.test(iss) ? iss : `https://${iss}`).hostname.toLowerCase()
  } catch {
    return null
  }
  for (const { helpdesk, re } of ACCOUNT_HOSTS) {
    const account = re.exec(host)?.[1]
    if (account) return { helpdesk, account }
  }
  return null
}

const unauthorized = (message: string): AppError => new AppError('unauthorized', message)

/** The JWT of an `Authorization: Bearer` header; 401 when there is none. */
export const readBearerToken = (authorization: string | undefined): string => {
  const token = /^Bearer ([\w-]+\.[\w-]+\.[\w-]+)$/.exec(authorization ?? '')?.[1]
  if (!token) throw unauthorized('Send a Bearer token')
  return token
}

/** The account a token's `iss` names: only a hint until `verifyAppToken` checks the signature. */
export const readTokenAccount = (token: string): HelpdeskAccount => {
  let issuer: unknown
  try {
    issuer = decodeJwt(token).iss
  } catch {
    throw unauthorized('The token is malformed')
  }
  const account = accountFromIssuer(issuer)
  if (!account) throw unauthorized('The token does not name a helpdesk account')
  return account
}

/**
 * Checks an app token: HS256 signed with `secret` (compared in constant time by WebCrypto), Deskmate's
 * audience, `exp` and `iat` present and at most ten minutes old. 401 `token_expired` or `unauthorized`.
 */
export const verifyAppToken = async (token: string, secret: string): Promise<void> => {
  try {
    await jwtVerify(token, new TextEncoder().encode(secret), {
      algorithms: ['HS256'],
      audience: TOKEN_AUDIENCE,
      clockTolerance: CLOCK_SKEW_SEC,
      maxTokenAge: MAX_TOKEN_AGE_SEC,
      requiredClaims: ['exp', 'iat'],
    })
  } catch (err) {
    if (err instanceof errors.JWTExpired) throw new AppError('token_expired', 'The token has expired')
    throw unauthorized('The token is not valid')
  }
}
