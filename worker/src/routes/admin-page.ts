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

/** The console's script (dist/console, the Worker's static assets) may run and call this Worker only. */
const CONSOLE_HEADERS = {
  ...PAGE_HEADERS,
  'Content-Security-Policy':
    "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; form-action 'none'",
}

/** Where the console's script is served (worker/wrangler.jsonc `assets`, built by `npm run build:zendesk`). */
export const CONSOLE_SCRIPT = '/admin/console.js'

/**
 * POST /admin: the admin location (Zendesk `nav_bar`, `signed: true`), which Zendesk loads by POSTing its ZAF
 * JWT as the form field `token`. The page carries the admin session in a meta tag and loads the console's
 * script, which calls this Worker with it. An agent gets the console read-only (a viewer session, which reaches
 * only the agents' operations); anyone else gets 403, no session, no script.
 */
export const adminPageRoutes = new Hono<AppEnv>().post('/', async (c) => {
  try {
    const session = await openAdminSession(
      c.env,
      await readHelpdeskToken(c),
      new Date(),
      {},
      { allowViewer: true },
    )
    const role = session.readOnly ? 'viewer' : 'admin'
    return c.html(
      html`<!doctype html>
        <html lang="en">
          <meta charset="utf-8" />
          <meta name="deskmate-admin-session" content="${session.token}" />
          <meta name="deskmate-admin-session-expires" content="${session.expiresAt}" />
          <meta name="deskmate-tenant" content="${session.tenantId}" />
          <meta name="deskmate-console-role" content="${role}" />
          <title>Deskmate administration</title>
          <style>
            body {
              margin: 0;
              font-family:
                system-ui,
                -apple-system,
                'Segoe UI',
                Roboto,
                Arial,
                sans-serif;
              color: #2f3941;
            }
          </style>
          <div id="console-root">
            <p>
              Signed in as ${session.user.name ?? session.user.id},
              ${session.readOnly ? 'agent (read only)' : 'administrator'} of ${session.tenantId}.
            </p>
          </div>
          <script type="module" src="${CONSOLE_SCRIPT}"></script>
        </html>`,
      200,
      CONSOLE_HEADERS,
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
