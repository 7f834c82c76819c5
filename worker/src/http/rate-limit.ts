import { AppError } from '@deskmate/shared'
import type { Context, MiddlewareHandler } from 'hono'
import type { AppEnv } from '../env.ts'

/** Which limit a route counts against and what it counts by. */
type Rule = {
  limiter: (env: Env) => RateLimit
  /** The limit's period in seconds, as in wrangler.jsonc (Retry-After says when the window ends). */
  periodSec: 10 | 60
  key: (c: Context<AppEnv>) => string | null
}

const perTenant = (scope: string) => (c: Context<AppEnv>) => `${scope}:${c.get('tenant').id}`

// Registration has no tenant yet (and its claims are unverified until the helpdesk answers): it counts per client
// address, which Cloudflare's edge sets. A request without one never came through the edge (a local run).
const perClient = (c: Context<AppEnv>) => {
  const address = c.req.header('CF-Connecting-IP')
  return address ? `register:${address}` : null
}

const DRAFTS: Rule = { limiter: (env) => env.DRAFT_RATE_LIMIT, periodSec: 60, key: perTenant('draft') }

/** The expensive routes, by method and path. A stream token is a draft to come, so both share one limit. */
const RULES: Record<string, Rule> = {
  'POST /v1/replies/draft': DRAFTS,
  'POST /v1/replies/stream-token': DRAFTS,
  'POST /v1/models/train': {
    limiter: (env) => env.TRAINING_RATE_LIMIT,
    periodSec: 60,
    key: perTenant('train'),
  },
  'POST /v1/kb/sync': { limiter: (env) => env.KB_SYNC_RATE_LIMIT, periodSec: 60, key: perTenant('kb_sync') },
  // Up to 100 helpdesk reads and 50 analyses: it shares the training limit, the other bulk admin operation.
  'POST /v1/admin/dry-run': {
    limiter: (env) => env.TRAINING_RATE_LIMIT,
    periodSec: 60,
    key: perTenant('dry_run'),
  },
  // Up to ten helpdesk reads and four fits of the category model.
  'POST /v1/admin/training': {
    limiter: (env) => env.TRAINING_RATE_LIMIT,
    periodSec: 60,
    key: perTenant('train'),
  },
  'POST /v1/tenants/register': {
    limiter: (env) => env.REGISTRATION_RATE_LIMIT,
    periodSec: 60,
    key: perClient,
  },
}

/** Seconds until the current window of a `periodSec` limit ends (windows are aligned to the clock). */
export const secondsToNextWindow = (periodSec: number, nowMs: number): number =>
  Math.max(1, periodSec - (Math.floor(nowMs / 1000) % periodSec))

/** Admin sign-ins a tenant may attempt per minute share the registration limiter (both present a credential). */
const SIGN_IN_PERIOD_SEC = 60

/**
 * Counts one admin sign-in attempt of a tenant with a helpdesk credential (a Freshdesk admin's API key): per
 * account, so a guessed key costs the account's budget, not Freshdesk's; 429 with Retry-After beyond it.
 * @example await limitAdminSignIn(c.env, tenant.id)
 */
export const limitAdminSignIn = async (env: Env, tenantId: string): Promise<void> => {
  const { success } = await env.REGISTRATION_RATE_LIMIT.limit({ key: `admin_session:${tenantId}` })
  if (!success)
    throw new AppError('rate_limited', 'Too many sign-in attempts for this account; try again shortly', {
      retryAfterSec: secondsToNextWindow(SIGN_IN_PERIOD_SEC, Date.now()),
    })
}

/**
 * Answers 429 problem+json with Retry-After when a tenant goes over the limit of an expensive route (drafts,
 * stream tokens, training, KB sync, registration); other routes pass untouched. Mount after authentication.
 * @example app.use(rateLimitExpensiveRoutes())
 */
export const rateLimitExpensiveRoutes = (): MiddlewareHandler<AppEnv> =>
  async function rateLimitExpensiveRoutes(c, next) {
    const rule = RULES[`${c.req.method} ${c.req.path.replace(/\/{1,8}$/, '')}`]
    const key = rule?.key(c)
    if (rule && key) {
      const { success } = await rule.limiter(c.env).limit({ key })
      if (!success)
        throw new AppError('rate_limited', 'Too many requests of this kind; try again shortly', {
          retryAfterSec: secondsToNextWindow(rule.periodSec, Date.now()),
        })
    }
    await next()
  }
