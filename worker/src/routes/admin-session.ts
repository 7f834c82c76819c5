import { AppError, ZAdminSessionRequest, type AdminSession } from '@deskmate/shared'
import { Hono, type Context } from 'hono'
import type { AppEnv } from '../env.ts'
import { authenticateInstallSecret, hasInstallSecret } from '../http/auth-install-secret.ts'
import { limitAdminSignIn } from '../http/rate-limit.ts'
import { readAdminKey } from '../http/read-admin-key.ts'
import { parseJsonText, parseWith } from '../http/validate.ts'
import { openAdminSession } from '../services/admin/open-admin-session.ts'
import { openFreshdeskAdminSession } from '../services/admin/open-freshdesk-admin-session.ts'

/** The helpdesk's token from a form POST (as Zendesk loads a signed location) or a JSON body. */
export const readHelpdeskToken = async (c: Context<AppEnv>): Promise<string> => {
  const type = c.req.header('Content-Type') ?? ''
  if (/^application\/x-www-form-urlencoded\b/i.test(type)) {
    const form = new URLSearchParams(await c.req.text())
    return parseWith(ZAdminSessionRequest, { token: form.get('token') ?? undefined }).token
  }
  if (/^application\/(.+\+)?json\b/i.test(type))
    return parseWith(ZAdminSessionRequest, parseJsonText(await c.req.text())).token
  throw new AppError('unsupported_media_type', 'Send the token as a form field or in JSON')
}

/**
 * Freshdesk's `createAdminSession` template: the installation's account and secret (401 unless they match),
 * then the admin's own API key, counted per account before Freshdesk is asked whose it is.
 */
const openFreshdeskSession = async (c: Context<AppEnv>): Promise<AdminSession> => {
  const { state } = await authenticateInstallSecret(c)
  const adminKey = readAdminKey(c)
  await limitAdminSignIn(c.env, state.tenant.id)
  return openFreshdeskAdminSession(c.env, state.tenant, adminKey, new Date())
}

/**
 * POST /v1/admin/session: a token the helpdesk signed for a user (Zendesk), or a Freshdesk request template
 * with an admin's own API key → a one-hour admin session when the helpdesk confirms the user is an
 * administrator (401 for a token or key it does not accept, 403 `admin_required` otherwise).
 */
export const adminSessionRoutes = new Hono<AppEnv>().post('/', async (c) => {
  const session =
    c.req.header('Authorization') === undefined && hasInstallSecret(c)
      ? await openFreshdeskSession(c)
      : await openAdminSession(c.env, await readHelpdeskToken(c), new Date())
  c.header('Cache-Control', 'no-store')
  return c.json(session satisfies AdminSession)
})
