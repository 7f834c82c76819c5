import { AppError } from '@deskmate/shared'
import type { Context, MiddlewareHandler } from 'hono'
import type { AppEnv } from '../env.ts'
import { tenantIdFor } from '../db/tenants-repo.ts'
import { loadTenantState, type TenantState } from '../services/tenant-state/load-tenant-state.ts'
import { isAdminSessionToken, verifyAdminSession } from './admin-session.ts'
import { readBearerToken, readTokenAccount, verifyAppToken } from './app-token.ts'
import { authenticateInstallSecret, hasInstallSecret } from './auth-install-secret.ts'
import type { Principal } from './principal.ts'

// Unknown tenants get the same answer as bad signatures: no enumeration of installed accounts.
const notValid = (): AppError => new AppError('unauthorized', 'The token is not valid')

// Both paths read the tenant in one D1 round trip: its row with its versions, today's usage and (when retrained)
// its models (loadTenantState).
const authenticateAdmin = async (
  c: Context<AppEnv>,
  token: string,
): Promise<{ state: TenantState; principal: Principal }> => {
  const session = await verifyAdminSession(c.env.ENCRYPTION_KEY, token)
  const state = await loadTenantState(c.env, session.tenantId, new Date())
  if (!state) throw notValid()
  // A viewer session (an agent's read-only console) is an agent: it reaches only the agents' operations.
  if (session.viewer) return { state, principal: { kind: 'agent' } }
  return { state, principal: { kind: 'admin', userId: session.userId, name: session.name } }
}

const authenticateAgent = async (
  c: Context<AppEnv>,
  token: string,
): Promise<{ state: TenantState; principal: Principal }> => {
  const account = readTokenAccount(token)
  const state = await loadTenantState(c.env, tenantIdFor(account.helpdesk, account.account), new Date())
  const secret = state ? await state.secret('shared_secret') : null
  if (!state || !secret) throw notValid()
  await verifyAppToken(token, secret)
  return { state, principal: { kind: 'agent' } }
}

const authenticateBearer = (
  c: Context<AppEnv>,
  token: string,
): Promise<{ state: TenantState; principal: Principal }> =>
  isAdminSessionToken(token) ? authenticateAdmin(c, token) : authenticateAgent(c, token)

/**
 * Authenticates a Bearer token: either the sidebar's HS256 app token, signed with the installation's shared
 * secret by the helpdesk's request proxy (claims are browser-chosen: it proves only "an install in that
 * account", so it makes an agent), or an admin session the Worker issued after the helpdesk vouched for an
 * administrator (`/v1/admin/session`). Without an `Authorization` header, a Freshdesk request template's
 * account and install secret headers make an agent (auth-install-secret.ts). Sets `tenant`, `tenantState` and
 * `principal`.
 * @example app.use('/v1/*', authApp())
 */
export const authApp = (): MiddlewareHandler<AppEnv> =>
  async function authApp(c, next) {
    const authorization = c.req.header('Authorization')
    const { state, principal } =
      authorization === undefined && hasInstallSecret(c)
        ? await authenticateInstallSecret(c)
        : await authenticateBearer(c, readBearerToken(authorization))
    c.set('tenant', state.tenant)
    c.set('tenantState', state)
    c.set('principal', principal)
    await next()
  }
