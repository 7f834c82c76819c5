import { AppError } from '@deskmate/shared'
import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '../env.ts'

/** One operation an agent may perform; `when` narrows it by the request's query. */
type AgentOperation = { method: string; path: string; when?: (query: URLSearchParams) => boolean }

/**
 * What an agent's app token may do: the sidebar's work on the ticket in front of them. Everything else under
 * /v1 (settings changes, KB writes, deletes, imports and syncs, training, the full activity log and counters,
 * and any route added later) needs an admin session: deny by default.
 */
export const AGENT_OPERATIONS: readonly AgentOperation[] = [
  { method: 'POST', path: '/v1/tickets/analyze' },
  { method: 'POST', path: '/v1/kb/suggest' },
  { method: 'POST', path: '/v1/replies/draft' },
  { method: 'POST', path: '/v1/replies/stream-token' },
  // The sidebar shows the automation mode; reading settings reveals no secret (the Anthropic key never leaves).
  { method: 'GET', path: '/v1/settings' },
  { method: 'GET', path: '/v1/activity', when: (query) => (query.get('ticketId') ?? '') !== '' },
]

const isAgentOperation = (method: string, path: string, query: URLSearchParams): boolean =>
  AGENT_OPERATIONS.some((op) => op.method === method && op.path === path && (op.when?.(query) ?? true))

/**
 * Lets admins through and agents only to `AGENT_OPERATIONS`; anything else is 403 `admin_required` before the
 * handler runs, so a refused request writes nothing. Runs after `authApp()`.
 * @example app.use('/v1/*', authApp(), authorizeOperation())
 */
export const authorizeOperation = (): MiddlewareHandler<AppEnv> =>
  async function authorizeOperation(c, next) {
    if (c.get('principal').kind !== 'admin') {
      const url = new URL(c.req.url)
      if (!isAgentOperation(c.req.method, c.req.path, url.searchParams)) {
        throw new AppError(
          'admin_required',
          'Only a Zendesk or Freshdesk administrator can do this: open Deskmate’s admin page to sign in',
        )
      }
    }
    await next()
  }
