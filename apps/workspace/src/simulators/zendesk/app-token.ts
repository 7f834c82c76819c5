import { SignJWT, exportSPKI, generateKeyPair } from 'jose'
import type { SimAccount, SimApp, SimUser } from './model.ts'

/** The Marketplace app id the simulated accounts have installed. */
const SIM_APP_ID = 1_000_001
/** Zendesk's ZAF JWTs expire about five minutes after they are issued. */
const TOKEN_TTL_SEC = 300

/** Who a signed location load is for, as tests and the workspace ask for it. */
export type AppTokenRequest = {
  /** A user id of the account; otherwise the first user with `role` (default admin). */
  userId?: number
  role?: 'admin' | 'agent'
  /** Another installation's id, to sign for an installation that is not the account's. */
  installationId?: number
  /** A whole other audience (a test of the receiver's checks; Zendesk always names the installation). */
  audience?: string
  /** Seconds since the token was issued (300 or more gives an expired token). */
  ageSec?: number
  location?: string
}

/** Creates the app with its RS256 key pair (Zendesk keeps the private key; the public key is served). */
export const createSimApp = async (): Promise<SimApp> => {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { modulusLength: 2048 })
  return { id: SIM_APP_ID, privateKey, publicKeyPem: await exportSPKI(publicKey) }
}

const findUser = (account: SimAccount, request: AppTokenRequest): SimUser | undefined =>
  request.userId === undefined
    ? account.users.find((user) => user.role === (request.role ?? 'admin'))
    : account.users.find((user) => user.id === request.userId)

/**
 * Signs the ZAF JWT Zendesk POSTs (form field `token`) when it loads a signed location of the app: RS256 with
 * the app's private key, the account as issuer, the installation as audience, the user id as subject.
 * @example const { token } = await signSimAppToken(account, { role: 'agent' }, new Date())
 */
export const signSimAppToken = async (
  account: SimAccount,
  request: AppTokenRequest,
  now: Date,
): Promise<{ token: string; userId: number } | null> => {
  const user = findUser(account, request)
  if (!user) return null
  const iat = Math.floor(now.getTime() / 1000) - (request.ageSec ?? 0)
  const host = `${account.name}.zendesk.com`
  const installationId = request.installationId ?? account.installationId
  const token = await new SignJWT({
    qsh: 'signed-location',
    context: { product: 'support', location: request.location ?? 'nav_bar' },
  })
    .setProtectedHeader({ alg: 'RS256', typ: 'JWT' })
    .setIssuer(host)
    .setAudience(request.audience ?? `https://${host}/api/v2/apps/installations/${installationId}.json`)
    .setSubject(String(user.id))
    .setIssuedAt(iat)
    .setNotBefore(iat)
    .setExpirationTime(iat + TOKEN_TTL_SEC)
    .sign(account.app.privateKey)
  return { token, userId: user.id }
}
