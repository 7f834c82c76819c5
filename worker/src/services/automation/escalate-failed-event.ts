import { OUTCOME_TAGS, tagsForAction, type Reason } from '@deskmate/shared'
import { createWebhookEventsRepo } from '../../db/webhook-events-repo.ts'
import type { TicketEventJob } from '../../queue/jobs.ts'
import { resolveSettings } from '../tenant-settings.ts'
import { composeEscalationNote } from './compose-comment.ts'
import { openHelpdesk, type HelpdeskTransport } from './open-helpdesk.ts'
import type { AutomationPlan } from './plan-action.ts'
import { finishEvent, loadTenant } from './process-ticket-event.ts'

const FAILED: Reason = {
  code: 'processing_failed',
  message: 'Deskmate could not process this ticket after several attempts; please handle it',
}

/**
 * For a job the queue gave up on: escalates the ticket to a human (internal note and tags) and audits the
 * failure, so no ticket is silently dropped. Idempotent like the pipeline.
 */
export const escalateFailedEvent = async (
  env: Env,
  job: TicketEventJob,
  transport: HelpdeskTransport = {},
  options: { canAct: boolean } = { canAct: true },
): Promise<void> => {
  const tenant = await loadTenant(env, job.tenantId)
  if (!tenant) return
  const existing = await createWebhookEventsRepo(env.DB, tenant.id).find(job.eventKey)
  if (existing?.status === 'done' || existing?.status === 'failed') return
  const reasons = options.canAct
    ? [FAILED]
    : [FAILED, { code: 'escalation_failed', message: 'The escalation could not be written to the helpdesk' }]
  const plan: AutomationPlan = {
    action: 'escalate',
    decision: 'failed',
    mode: resolveSettings(tenant, false).mode,
    reasons,
    engine: 'none',
    tokens: 0,
    update: {
      comment: { html: composeEscalationNote(reasons, null, []), isPublic: false },
      addTags: tagsForAction('escalate', reasons),
    },
  }
  const helpdesk = options.canAct ? await openHelpdesk(env, tenant, transport) : null
  if (helpdesk && plan.update) {
    const { tags } = await helpdesk.fetchTicket(job.ticketId)
    const present = tags.map((tag) => tag.toLowerCase())
    if (!OUTCOME_TAGS.some((tag) => present.includes(tag)))
      await helpdesk.updateTicket(job.ticketId, plan.update)
  }
  await finishEvent(env, tenant, job, plan, 'failed', new Date())
}
