import { AppError } from '@deskmate/shared'
import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import type { AppEnv } from '../env.ts'
import { findAdapter } from '../helpdesks/registry.ts'
import { acceptWebhook } from '../services/automation/accept-webhook.ts'

/** Trigger bodies are a few hundred bytes; anything near this limit is not a ticket event. */
export const WEBHOOK_BODY_LIMIT = 16 * 1024

/** /v1/webhooks/:helpdesk: verify, queue, answer 202 (the work happens in the queue consumer). */
export const webhookRoutes = new Hono<AppEnv>().post(
  '/:helpdesk',
  bodyLimit({
    maxSize: WEBHOOK_BODY_LIMIT,
    onError: () => {
      throw new AppError('payload_too_large', 'The webhook body is too large')
    },
  }),
  async (c) => {
    const adapter = findAdapter(c.req.param('helpdesk'))
    if (!adapter) throw new AppError('not_found', 'No webhook intake for that helpdesk')
    const accepted = acceptWebhook(c.env, adapter, c.req.raw.headers, await c.req.text(), new Date())
    // This request may be writing other deliveries too (group commit): it finishes even if its client leaves.
    c.executionCtx.waitUntil(accepted.catch(() => undefined))
    const job = await accepted
    return c.json({ accepted: true, eventKey: job.eventKey }, 202)
  },
)
