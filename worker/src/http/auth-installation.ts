import { API_TOKEN_HEADER, AppError, INSTALL_SECRET_HEADER } from '@deskmate/shared'
import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '../env.ts'
import {
  accountFromIssuer,
  readBearerToken,
  readTokenAccount,
  verifyAppToken,
  type HelpdeskAccount,
} from './app-token.ts'
import { ACCOUNT_HEADER } from './auth-install-secret.ts'

/** Below this length a shared secret is too easy to guess to sign the tenant's tokens. */
export const MIN_SHARED_SECRET_LENGTH = 32
const MAX_CREDENTIAL_LENGTH = 500

/** An installation asking to register: its account (from the verified token) and the secrets it sent. */
export type InstallationClaim = HelpdeskAccount & { sharedSecret: string; apiToken: string }

/** The Worker's typing with the claim `authInstallation` sets. */
export type InstallationEnv = {
  Bindings: AppEnv['Bindings']
  Variables: AppEnv['Variables'] & { claim: InstallationClaim }
}

// An unresolved `{{setting.x}}` means the proxy did not substitute it (not a secure request, wrong scope).
const readCredential = (value: string | undefined, header: string): string => {
  const credential = value?.trim()
  if (!credential || credential.length > MAX_CREDENTIAL_LENGTH || credential.includes('{{')) {
    throw new AppError('unauthorized', `Send the credential in ${header}`)
  }
  return credential
}

// A Freshdesk request template signs nothing: it names its account, and the route checks the API key with it.
const readFreshdeskAccount = (header: string | undefined): HelpdeskAccount => {
  const account = accountFromIssuer(header?.trim())
  if (account?.helpdesk !== 'freshdesk') {
    throw new AppError('unauthorized', `Send a Freshdesk account in ${ACCOUNT_HEADER}`)
  }
  return account
}

/**
 * Authenticates a registration before the tenant exists (trust on first use): the Bearer JWT must verify with
 * the shared secret sent in INSTALL_SECRET_HEADER, which proves the request proxy signed it with the secure
 * setting. A Freshdesk request template sends no token: `X-Deskmate-Account` names the account instead. Either
 * way it proves nothing about the account: the route must still check the API token with the helpdesk.
 */
export const authInstallation = (): MiddlewareHandler<InstallationEnv> =>
  async function authInstallation(c, next) {
    const authorization = c.req.header('Authorization')
    const sharedSecret = readCredential(c.req.header(INSTALL_SECRET_HEADER), INSTALL_SECRET_HEADER)
    let account: HelpdeskAccount
    if (authorization === undefined && c.req.header(ACCOUNT_HEADER) !== undefined) {
      account = readFreshdeskAccount(c.req.header(ACCOUNT_HEADER))
    } else {
      const token = readBearerToken(authorization)
      account = readTokenAccount(token)
      await verifyAppToken(token, sharedSecret)
    }
    if (sharedSecret.length < MIN_SHARED_SECRET_LENGTH) {
      throw new AppError(
        'validation_failed',
        `The shared secret must be at least ${MIN_SHARED_SECRET_LENGTH} characters long`,
      )
    }
    const apiToken = readCredential(c.req.header(API_TOKEN_HEADER), API_TOKEN_HEADER)
    c.set('claim', { ...account, sharedSecret, apiToken })
    await next()
  }
