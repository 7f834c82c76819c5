import { AppError } from '@deskmate/shared'
import type { Context, MiddlewareHandler } from 'hono'
import type { AppEnv } from '../env.ts'
import { createSecretBox } from '../crypto/secret-box.ts'
import { createTenantsRepo, tenantIdFor, type Tenant } from '../db/tenants-repo.ts'
import { isAdminSessionToken, verifyAdminSession } from './admin-session.ts'
import { readBearerToken, readTokenAccount, verifyAppToken } from './app-token.ts'
import type { Principal } from './principal.ts'

// Unknown tenants get the same answer as bad signatures: no enumeration of installed accounts.
const notValid = (): AppError => new AppError('unauthorized', 'The token is not valid')

const authenticateAdmin = async (
  c: Context<AppEnv>,
  token: string,
): Promise<{ tenant: Tenant; principal: Principal }> => {
  const session = await verifyAdminSession(c.env.ENCRYPTION_KEY, token)
  const tenant = await createTenantsRepo(c.env.DB, createSecretBox(c.env.ENCRYPTION_KEY)).findById(
    session.tenantId,
  )
  if (!tenant) throw notValid()
  return { tenant, principal: { kind: 'admin', userId: session.userId, name: session.name } }
}

const authenticateAgent = async (
  c: Context<AppEnv>,
  token: string,
): Promise<{ tenant: Tenant; principal: Principal }> => {
  const account = readTokenAccount(token)
  const tenants = createTenantsRepo(c.env.DB, createSecretBox(c.env.ENCRYPTION_KEY))
  const tenantId = tenantIdFor(account.helpdesk, account.account)
  const [tenant, secret] = await Promise.all([
    tenants.findById(tenantId),
    tenants.readSecret(tenantId, 'shared_secret'),
  ])
  if (!tenant || !secret) throw notValid()
  await verifyAppToken(token, secret)
  return { tenant, principal: { kind: 'agent' } }
}

/**
 * Authenticates a Bearer token: either the sidebar's HS256 app token, signed with the installation's shared
 * secret by the helpdesk's request proxy (claims are browser-chosen: it proves only "an install in that
 * account", so it makes an agent), or an admin session the Worker issued after the helpdesk vouched for an
 * administrator (`/v1/admin/session`). Sets `tenant` and `principal`.
 * @example app.use('/v1/*', authApp())
 */
export const authApp = (): MiddlewareHandler<AppEnv> =>
  async function authApp(c, next) {
    const token = readBearerToken(c.req.header('Authorization'))
    const { tenant, principal } = isAdminSessionToken(token)
      ? await authenticateAdmin(c, token)
      : await authenticateAgent(c, token)
    c.set('tenant', tenant)
    c.set('principal', principal)
    await next()
  }
