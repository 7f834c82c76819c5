import { AppError } from '@deskmate/shared'
import { Hono, type MiddlewareHandler } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { except } from 'hono/combine'
import type { AppEnv } from './env.ts'
import { authApp } from './http/auth-app.ts'
import { authorizeOperation } from './http/authorize-operation.ts'
import { corsForApps } from './http/cors.ts'
import { onError, onNotFound } from './http/on-error.ts'
import { rateLimitExpensiveRoutes } from './http/rate-limit.ts'
import { requestContext } from './http/request-context.ts'
import { activityRoutes } from './routes/activity.ts'
import { adminActivityRoutes } from './routes/admin-activity.ts'
import { adminAnalyticsRoutes } from './routes/admin-analytics.ts'
import { adminDryRunRoutes } from './routes/admin-dry-run.ts'
import { adminKnowledgeGapsRoutes } from './routes/admin-knowledge-gaps.ts'
import { adminGroupsRoutes } from './routes/admin-groups.ts'
import { adminTicketFieldsRoutes } from './routes/admin-ticket-fields.ts'
import { adminKnowledgeRoutes } from './routes/admin-knowledge.ts'
import { adminPageRoutes } from './routes/admin-page.ts'
import { adminSessionRoutes } from './routes/admin-session.ts'
import { adminTrainingRoutes } from './routes/admin-training.ts'
import { healthRoutes } from './routes/health.ts'
import { kbRoutes } from './routes/kb.ts'
import { kbSyncRoutes } from './routes/kb-sync.ts'
import { modelRoutes } from './routes/models.ts'
import { replyRoutes, replyStreamRoutes } from './routes/replies.ts'
import { settingsRoutes } from './routes/settings.ts'
import { tenantRoutes } from './routes/tenants.ts'
import { ticketRoutes } from './routes/tickets.ts'
import { webhookRoutes } from './routes/webhooks.ts'
import { consumeDeadLetters } from './queue/consume-dead-letters.ts'
import { consumeJobs } from './queue/consume-jobs.ts'
import { DEAD_LETTER_QUEUE } from './queue/jobs.ts'

/** Request bodies above these sizes get 413 before any parsing. */
export const BODY_LIMITS = { default: 256 * 1024, bulk: 2 * 1024 * 1024 } as const

/** Routes that take bulk data (a KB export, a training set) and get the larger limit. */
const BULK_PATHS = ['/v1/kb/articles/import', '/v1/models/train']

const tooLarge = (): never => {
  throw new AppError('payload_too_large', 'The request body is too large')
}

/** The body limit of each request: the bulk one on `BULK_PATHS`, the default everywhere else. */
const limitBody = (): MiddlewareHandler => {
  const regular = bodyLimit({ maxSize: BODY_LIMITS.default, onError: tooLarge })
  const bulk = bodyLimit({ maxSize: BODY_LIMITS.bulk, onError: tooLarge })
  return (c, next) => (BULK_PATHS.includes(c.req.path) ? bulk : regular)(c, next)
}

/**
 * Paths that authenticate themselves instead of the sidebar JWT: stream tokens, webhook signatures,
 * registration (the tenant, whose stored secret the JWT check needs, may not exist yet) and the admin session
 * exchange (a token the helpdesk signed). Every other /v1 path needs a token, and an admin session unless it
 * is one of the agent's operations (`authorizeOperation`).
 */
const SELF_AUTHENTICATED = [
  '/v1/replies/stream/*',
  '/v1/webhooks/*',
  '/v1/tenants/register',
  '/v1/admin/session',
]

const app = new Hono<AppEnv>()
  .use(requestContext())
  // Helpdesk servers, not browsers, post webhooks: they sign them and have their own body limit, so the intake
  // answers before CORS, the default body limit, app authentication and the rate limits of expensive routes.
  .route('/v1/webhooks', webhookRoutes)
  .use(corsForApps())
  .use(limitBody())
  .use('/v1/*', except(SELF_AUTHENTICATED, authApp(), authorizeOperation()))
  .use('/v1/*', rateLimitExpensiveRoutes())
  .route('/healthz', healthRoutes)
  .route('/admin', adminPageRoutes)
  .route('/v1/admin/session', adminSessionRoutes)
  .route('/v1/admin/dry-run', adminDryRunRoutes)
  .route('/v1/admin/activity', adminActivityRoutes)
  .route('/v1/admin/knowledge', adminKnowledgeRoutes)
  .route('/v1/admin/analytics', adminAnalyticsRoutes)
  .route('/v1/admin/knowledge-gaps', adminKnowledgeGapsRoutes)
  .route('/v1/admin/training', adminTrainingRoutes)
  .route('/v1/admin/groups', adminGroupsRoutes)
  .route('/v1/admin/ticket-fields', adminTicketFieldsRoutes)
  .route('/v1/tickets', ticketRoutes)
  .route('/v1/kb/sync', kbSyncRoutes)
  .route('/v1/kb', kbRoutes)
  .route('/v1/replies/stream', replyStreamRoutes)
  .route('/v1/replies', replyRoutes)
  .route('/v1/settings', settingsRoutes)
  .route('/v1/models', modelRoutes)
  .route('/v1/activity', activityRoutes)
  .route('/v1/tenants', tenantRoutes)
  .onError(onError)
  .notFound(onNotFound)

export default {
  fetch: app.fetch,
  async queue(batch, env) {
    if (batch.queue === DEAD_LETTER_QUEUE) await consumeDeadLetters(batch, env)
    else await consumeJobs(batch, env)
  },
} satisfies ExportedHandler<Env>
