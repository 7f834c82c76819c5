import { OUTCOME_TAGS } from '@deskmate/shared'
import { createSecretBox } from '../../crypto/secret-box.ts'
import { createAuditRepo } from '../../db/audit-repo.ts'
import { createTenantsRepo, type Tenant } from '../../db/tenants-repo.ts'
import { createUsageRepo } from '../../db/usage-repo.ts'
import { createWebhookEventsRepo } from '../../db/webhook-events-repo.ts'
import type { TicketEventJob } from '../../queue/jobs.ts'
import { decideTicket } from './decide-ticket.ts'
import { openHelpdesk, type HelpdeskTransport } from './open-helpdesk.ts'
import type { AutomationPlan } from './plan-action.ts'

/** How long one consumer holds an event before another may take it over. */
export const EVENT_LEASE_MS = 5 * 60_000

/** What happened to a job: processed, already processed, held by another consumer, or for a removed tenant. */
export type ProcessOutcome = 'done' | 'duplicate' | 'busy' | 'tenant_gone'

/** Writes the outcome, its audit entry and the usage it cost in one transaction. */
export const finishEvent = async (
  env: Env,
  tenant: Tenant,
  job: TicketEventJob,
  plan: AutomationPlan,
  status: 'done' | 'failed',
  now: Date,
): Promise<void> => {
  const latencyMs = Math.max(0, now.getTime() - Date.parse(job.receivedAt))
  await env.DB.batch([
    createWebhookEventsRepo(env.DB, tenant.id).finishStatement(job.eventKey, status, now),
    createAuditRepo(env.DB, tenant.id).insertStatement(
      {
        ticketId: job.ticketId,
        eventKey: job.eventKey,
        mode: plan.mode,
        decision: plan.decision,
        reasons: plan.reasons,
        engine: plan.engine,
        tokens: plan.tokens,
        latencyMs,
      },
      now,
    ),
    // LLM tokens are already counted: each Claude call settled its reservation of the daily budget.
    createUsageRepo(env.DB, tenant.id).addStatement(now, {
      autoReplies: plan.action === 'public_reply' ? 1 : 0,
    }),
  ])
}

/** Loads a job's tenant (null when it was removed since the webhook arrived). */
export const loadTenant = (env: Env, tenantId: string): Promise<Tenant | null> =>
  createTenantsRepo(env.DB, createSecretBox(env.ENCRYPTION_KEY)).findById(tenantId)

/**
 * The automation for one ticket event, idempotent under duplicate deliveries and consumer retries: the plan
 * is recorded before acting, a retry reuses it, and the ticket's outcome tag shows whether the update landed.
 */
export const processTicketEvent = async (
  env: Env,
  job: TicketEventJob,
  transport: HelpdeskTransport = {},
): Promise<ProcessOutcome> => {
  const tenant = await loadTenant(env, job.tenantId)
  if (!tenant) return 'tenant_gone'
  const events = createWebhookEventsRepo(env.DB, tenant.id)
  const record = await events.claim<AutomationPlan>(job.eventKey, job.ticketId, new Date(), EVENT_LEASE_MS)
  if (!record) return (await events.noteDuplicate(job.eventKey)) ? 'duplicate' : 'busy'

  try {
    const helpdesk = await openHelpdesk(env, tenant, transport)
    let plan = record.plan
    let ticket = null
    if (!plan) {
      const decided = await decideTicket(env, tenant, helpdesk, job.ticketId, new Date())
      plan = decided.plan
      ticket = decided.ticket
      await events.decideStatement(job.eventKey, plan, new Date()).run()
    }
    if (plan.update && helpdesk) {
      // A previous attempt may have updated the ticket and failed afterwards: its outcome tag tells.
      const current = ticket ?? (await helpdesk.fetchTicket(job.ticketId))
      const tags = current.tags.map((tag) => tag.toLowerCase())
      if (!OUTCOME_TAGS.some((tag) => tags.includes(tag)))
        await helpdesk.updateTicket(job.ticketId, plan.update)
    }
    await finishEvent(env, tenant, job, plan, 'done', new Date())
    return 'done'
  } catch (err) {
    await events.release(job.eventKey)
    throw err
  }
}
