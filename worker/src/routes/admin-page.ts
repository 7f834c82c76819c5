import { AppError } from '@deskmate/shared'
import { Hono } from 'hono'
import { html } from 'hono/html'
import type { AppEnv } from '../env.ts'
import { openAdminSession } from '../services/admin/open-admin-session.ts'
import { readHelpdeskToken } from './admin-session.ts'

const PAGE_HEADERS = {
  'Cache-Control': 'no-store',
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'",
}

/**
 * POST /admin: the admin location (Zendesk `nav_bar`, `signed: true`), which Zendesk loads by POSTing its ZAF
 * JWT as the form field `token`. The page carries the admin session for the console in a meta tag; a user
 * who is not an administrator gets 403 and no session.
 */
export const adminPageRoutes = new Hono<AppEnv>().post('/', async (c) => {
  try {
    const session = await openAdminSession(c.env, await readHelpdeskToken(c), new Date())
    return c.html(
      html`<!doctype html>
        <html lang="en">
          <meta charset="utf-8" />
          <meta name="deskmate-admin-session" content="${session.token}" />
          <meta name="deskmate-admin-session-expires" content="${session.expiresAt}" />
          <title>Deskmate administration</title>
          <p>Signed in as ${session.user.name ?? session.user.id}, administrator of ${session.tenantId}.</p>
        </html>`,
      200,
      PAGE_HEADERS,
    )
  } catch (err) {
    const error = err instanceof AppError ? err : new AppError('internal', 'Internal error', { cause: err })
    if (error.status >= 500) throw err
    return c.html(
      html`<!doctype html>
        <html lang="en">
          <meta charset="utf-8" />
          <title>Deskmate administration</title>
          <p>${error.message}</p>
        </html>`,
      error.status,
      PAGE_HEADERS,
    )
  }
})
