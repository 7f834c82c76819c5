import { AppError } from '@deskmate/shared'
import { SignJWT, decodeJwt, errors, jwtVerify } from 'jose'

/** The audience of admin sessions; app tokens carry `deskmate`, so neither passes for the other. */
export const ADMIN_SESSION_AUDIENCE = 'deskmate-admin'
const ISSUER = 'deskmate'
/** An admin session lives at most this long; the admin page exchanges a new helpdesk token after that. */
export const ADMIN_SESSION_TTL_SEC = 3600
const CLOCK_SKEW_SEC = 60
const encoder = new TextEncoder()

/**
 * Who an admin session speaks for. A `viewer` (an agent who opened the console) reads what agents may read and
 * nothing more; a session without the claim is an administrator's.
 */
export type AdminSessionClaims = { tenantId: string; userId: string; name: string | null; viewer?: boolean }

/**
 * The HS256 key of one tenant's admin sessions, derived with HKDF from the Worker secret ENCRYPTION_KEY. Never
 * the installation's shared secret: every agent's request proxy can sign with that one.
 */
const sessionKey = async (encryptionKey: string, tenantId: string): Promise<CryptoKey> => {
  const raw = Uint8Array.from(atob(encryptionKey), (ch) => ch.charCodeAt(0))
  const master = await crypto.subtle.importKey('raw', raw, 'HKDF', false, ['deriveKey'])
  return crypto.subtle.deriveKey(
    {
      name: 'HKDF',
      hash: 'SHA-256',
      salt: encoder.encode('deskmate/admin-session/v1'),
      info: encoder.encode(tenantId),
    },
    master,
    { name: 'HMAC', hash: 'SHA-256', length: 256 },
    false,
    ['sign', 'verify'],
  )
}

/**
 * Issues an admin session for a user the helpdesk confirmed as an administrator of the tenant.
 * @example const { token } = await signAdminSession(env.ENCRYPTION_KEY, { tenantId, userId, name }, new Date())
 */
export const signAdminSession = async (
  encryptionKey: string,
  claims: AdminSessionClaims,
  now: Date,
): Promise<{ token: string; expiresAt: Date }> => {
  const iat = Math.floor(now.getTime() / 1000)
  const exp = iat + ADMIN_SESSION_TTL_SEC
  const token = await new SignJWT({
    tid: claims.tenantId,
    name: claims.name,
    ...(claims.viewer ? { viewer: true } : {}),
  })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer(ISSUER)
    .setAudience(ADMIN_SESSION_AUDIENCE)
    .setSubject(claims.userId)
    .setIssuedAt(iat)
    .setExpirationTime(exp)
    .sign(await sessionKey(encryptionKey, claims.tenantId))
  return { token, expiresAt: new Date(exp * 1000) }
}

/** True when a (not yet verified) token presents itself as an admin session. */
export const isAdminSessionToken = (token: string): boolean => {
  try {
    const { aud } = decodeJwt(token)
    return aud === ADMIN_SESSION_AUDIENCE || (Array.isArray(aud) && aud.includes(ADMIN_SESSION_AUDIENCE))
  } catch {
    return false
  }
}

/**
 * Verifies an admin session: HS256 with the tenant's derived key (so a session cannot be relabelled for another
 * tenant), Deskmate's issuer and admin audience, at most an hour old. 401 `token_expired` or `unauthorized`.
 */
export const verifyAdminSession = async (
  encryptionKey: string,
  token: string,
): Promise<AdminSessionClaims> => {
  const unverified = decodeJwt(token)
  const tenantId = typeof unverified.tid === 'string' ? unverified.tid : null
  if (!tenantId || tenantId.length > 200) throw new AppError('unauthorized', 'The session is not valid')
  try {
    const { payload } = await jwtVerify(token, await sessionKey(encryptionKey, tenantId), {
      algorithms: ['HS256'],
      issuer: ISSUER,
      audience: ADMIN_SESSION_AUDIENCE,
      clockTolerance: CLOCK_SKEW_SEC,
      maxTokenAge: ADMIN_SESSION_TTL_SEC,
      requiredClaims: ['exp', 'iat', 'sub', 'tid'],
    })
    return {
      tenantId,
      userId: String(payload.sub),
      name: typeof payload.name === 'string' ? payload.name : null,
      ...(payload.viewer === true ? { viewer: true } : {}),
    }
  } catch (err) {
    if (err instanceof errors.JWTExpired) throw new AppError('token_expired', 'The admin session has expired')
    throw new AppError('unauthorized', 'The session is not valid')
  }
}
