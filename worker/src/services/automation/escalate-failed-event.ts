import { AppError, makeReason, tagsForAction, type Reason } from '@deskmate/shared'
import { tenantDatabase } from '../../db/tenant-database.ts'
import { createWebhookEventsRepo } from '../../db/webhook-events-repo.ts'
import type { TicketEventJob } from '../../queue/jobs.ts'
import { resolveSettings } from '../tenant-settings.ts'
import { applyTicketUpdate } from './apply-ticket-update.ts'
import { composeEscalationNote } from './compose-comment.ts'
import { openHelpdesk, type HelpdeskTransport } from './open-helpdesk.ts'
import type { AutomationPlan } from './plan-action.ts'
import { EVENT_LEASE_MS, finishEvent } from './process-ticket-event.ts'
import { startTicketEvent } from './start-ticket-event.ts'
import { ticketUpdateBudget } from './ticket-update-budget.ts'

const FAILED: Reason = makeReason('processing_failed')

/** Seconds before a dead job whose event another consumer holds is tried again. */
const HELD_RETRY_SEC = 60

const failedPlan = (mode: AutomationPlan['mode'], canAct: boolean): AutomationPlan => {
  const reasons = canAct ? [FAILED] : [FAILED, makeReason('escalation_failed')]
  return {
    action: 'escalate',
    decision: 'failed',
    mode,
    reasons,
    engine: 'none',
    tokens: 0,
    update: {
      comment: { html: composeEscalationNote(reasons, null, []), isPublic: false },
      addTags: tagsForAction('escalate', reasons),
    },
  }
}

/**
 * For a job the queue gave up on: escalates the ticket to a human (internal note and tags) and audits the
 * failure, so no ticket is silently dropped. It takes the event's lease like the pipeline, so it never races
 * a consumer still working on the event, and writes through the same conditional update (at most once; not
 * at all when an outcome already landed). `canAct: false` (the last attempt) only audits.
 */
export const escalateFailedEvent = async (
  env: Env,
  job: TicketEventJob,
  transport: HelpdeskTransport = {},
  options: { canAct: boolean } = { canAct: true },
): Promise<void> => {
  const { found, record } = await startTicketEvent(env, job, new Date(), EVENT_LEASE_MS)
  if (!found) return
  const { tenant, apiToken } = found
  const events = createWebhookEventsRepo(tenantDatabase(env, tenant.id), tenant.id)
  if (!record) {
    const existing = await events.find(job.eventKey)
    // Finished, or (on the last attempt) held by a consumer that will record the outcome itself.
    if (!existing || existing.status === 'done' || existing.status === 'failed' || !options.canAct) return
    throw new AppError('conflict', 'Another consumer holds this ticket event', {
      retryAfterSec: HELD_RETRY_SEC,
    })
  }
  try {
    const plan = failedPlan(resolveSettings(tenant, false).mode, options.canAct)
    const helpdesk = options.canAct ? await openHelpdesk(env, tenant, transport, apiToken) : null
    if (helpdesk && plan.update) {
      const budget = ticketUpdateBudget(env, tenant)
      await budget.reserve(new Date())
      // Re-reads the ticket first: an outcome tag means an earlier attempt's write landed.
      await applyTicketUpdate(helpdesk, job.ticketId, plan.update, null, () => budget.reserve(new Date()))
    }
    await finishEvent(env, tenant, job, plan, 'failed', new Date())
  } catch (err) {
    await events.release(job.eventKey)
    throw err
  }
}
