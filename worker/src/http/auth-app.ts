import { AppError } from '@deskmate/shared'
import { decodeJwt, errors, jwtVerify } from 'jose'
import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '../env.ts'
import { createSecretBox } from '../crypto/secret-box.ts'
import { createTenantsRepo, tenantIdFor, type HelpdeskKind } from '../db/tenants-repo.ts'

/** The audience every Deskmate token carries. */
export const TOKEN_AUDIENCE = 'deskmate'
const MAX_TOKEN_AGE_SEC = 600
const CLOCK_SKEW_SEC = 60

const ACCOUNT_HOSTS: ReadonlyArray<{ helpdesk: HelpdeskKind; re: RegExp }> = [
  { helpdesk: 'zendesk', re: /^([a-z0-9][a-z0-9-]{0,62})\.zendesk\.com$/ },
  { helpdesk: 'freshdesk', re: /^([a-z0-9][a-z0-9-]{0,62})\.freshdesk\.com$/ },
]

/** The helpdesk account an issuer URL names (`https://demo.zendesk.com` → zendesk / demo). */
export const accountFromIssuer = (iss: unknown): { helpdesk: HelpdeskKind; account: string } | null => {
  if (typeof iss !== 'string' || iss.length > 300) return null
  let host: string
  try {
    host = new URL(iss).hostname.toLowerCase()
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

/**
 * Authenticates the sidebar: an HS256 JWT signed with the installation's shared secret. The tenant is the
 * helpdesk account in `iss`; claims are browser-chosen, so the token proves only "an install in that account".
 * @example app.use('/v1/*', authApp())
 */
export const authApp = (): MiddlewareHandler<AppEnv> =>
  async function authApp(c, next) {
    const match = /^Bearer ([\w-]+\.[\w-]+\.[\w-]+)$/.exec(c.req.header('Authorization') ?? '')
    if (!match?.[1]) throw unauthorized('Send a Bearer token')
    const token = match[1]
    let issuer: unknown
    try {
      issuer = decodeJwt(token).iss
    } catch {
      throw unauthorized('The token is malformed')
    }
    const account = accountFromIssuer(issuer)
    if (!account) throw unauthorized('The token does not name a helpdesk account')
    const tenants = createTenantsRepo(c.env.DB, createSecretBox(c.env.ENCRYPTION_KEY))
    const tenantId = tenantIdFor(account.helpdesk, account.account)
    const [tenant, secret] = await Promise.all([
      tenants.findById(tenantId),
      tenants.readSecret(tenantId, 'shared_secret'),
    ])
    // Unknown tenants get the same answer as bad signatures: no enumeration of installed accounts.
    if (!tenant || !secret) throw unauthorized('The token is not valid')
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
    c.set('tenant', tenant)
    await next()
  }
