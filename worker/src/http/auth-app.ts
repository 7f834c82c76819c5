import { AppError } from '@deskmate/shared'
import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '../env.ts'
import { tenantIdFor } from '../db/tenants-repo.ts'
import { loadTenantState } from '../services/tenant-state/load-tenant-state.ts'
import { readBearerToken, readTokenAccount, verifyAppToken } from './app-token.ts'

/**
 * Authenticates the sidebar: an HS256 JWT signed with the installation's shared secret. The tenant is the
 * helpdesk account in `iss`; claims are browser-chosen, so the token proves only "an install in that account".
 * @example app.use('/v1/*', authApp())
 */
export const authApp = (): MiddlewareHandler<AppEnv> =>
  async function authApp(c, next) {
    const token = readBearerToken(c.req.header('Authorization'))
    const account = readTokenAccount(token)
    // One D1 round trip: the tenant row with its versions, today's usage and (when retrained) its models.
    const state = await loadTenantState(c.env, tenantIdFor(account.helpdesk, account.account), new Date())
    const secret = state ? await state.secret('shared_secret') : null
    // Unknown tenants get the same answer as bad signatures: no enumeration of installed accounts.
    if (!state || !secret) throw new AppError('unauthorized', 'The token is not valid')
    await verifyAppToken(token, secret)
    c.set('tenant', state.tenant)
    c.set('tenantState', state)
    await next()
  }
