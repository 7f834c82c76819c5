import { AppError } from '@deskmate/shared'
import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '../env.ts'
import { createSecretBox } from '../crypto/secret-box.ts'
import { createTenantsRepo, tenantIdFor } from '../db/tenants-repo.ts'
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
    const tenants = createTenantsRepo(c.env.DB, createSecretBox(c.env.ENCRYPTION_KEY))
    const tenantId = tenantIdFor(account.helpdesk, account.account)
    const [tenant, secret] = await Promise.all([
      tenants.findById(tenantId),
      tenants.readSecret(tenantId, 'shared_secret'),
    ])
    // Unknown tenants get the same answer as bad signatures: no enumeration of installed accounts.
    if (!tenant || !secret) throw new AppError('unauthorized', 'The token is not valid')
    await verifyAppToken(token, secret)
    c.set('tenant', tenant)
    await next()
  }
