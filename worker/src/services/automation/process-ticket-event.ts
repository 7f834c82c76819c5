import { createSecretBox } from '../../crypto/secret-box.ts'
import { createAnalyticsRepo } from '../../db/analytics-repo.ts'
import { createAuditRepo } from '../../db/audit-repo.ts'
import { createKnowledgeGapsRepo } from '../../db/knowledge-gaps-repo.ts'
import { tenantDatabase } from '../../db/tenant-database.ts'
import { createTenantsRepo, type Tenant } from '../../db/tenants-repo.ts'
import { createUsageRepo } from '../../db/usage-repo.ts'
import { createWebhookEventsRepo } from '../../db/webhook-events-repo.ts'
import { UPDATE_STEPS, type UpdateStep } from '../../helpdesks/adapter.ts'
import type { TicketEventJob } from '../../queue/jobs.ts'
import { analyticsIncrements } from '../analytics/analytics-increments.ts'
import { applyTicketUpdate } from './apply-ticket-update.ts'
import { decideTicket } from './decide-ticket.ts'
import { openHelpdesk, type HelpdeskTransport } from './open-helpdesk.ts'
import type { AutomationPlan } from './plan-action.ts'
import { startTicketEvent } from './start-ticket-event.ts'
import { ticketUpdateBudget } from './ticket-update-budget.ts'

/** How long one consumer holds an event before another may take it over. */
export const EVENT_LEASE_MS = 5 * 60_000

/** What happened to a job: processed, already processed, held by another consumer, or for a removed tenant. */
export type ProcessOutcome = 'done' | 'duplicate' | 'busy' | 'tenant_gone'

/** Writes the outcome, its audit entry, its analytics counters and the usage it cost in one transaction. */
export const finishEvent = async (
  env: Env,
  tenant: Tenant,
  job: TicketEventJob,
  plan: AutomationPlan,
  status: 'done' | 'failed',
  now: Date,
): Promise<void> => {
  const latencyMs = Math.max(0, now.getTime() - Date.parse(job.receivedAt))
  const gap = plan.decision === 'escalated' || plan.decision === 'draft_noted' ? plan.facts?.gap : undefined
  const db = tenantDatabase(env, tenant.id)
  await db.batch([
    createWebhookEventsRepo(db, tenant.id).finishStatement(job.eventKey, status, now),
    createAuditRepo(db, tenant.id).insertStatement(
      {
        ticketId: job.ticketId,
        eventKey: job.eventKey,
        mode: plan.mode,
        decision: plan.decision,
        reasons: plan.reasons,
        allowedBecause: plan.allowedBecause ?? [],
        engine: plan.engine,
        tokens: plan.tokens,
        latencyMs,
        ...(plan.category ? { category: plan.category } : {}),
        ...(plan.language ? { language: plan.language } : {}),
      },
      now,
    ),
    createAnalyticsRepo(db, tenant.id).incrementStatement(
      analyticsIncrements({ ...plan, facts: plan.facts }),
      now,
    ),
    ...(gap
      ? [createKnowledgeGapsRepo(db, tenant.id).recordStatement({ ticketId: job.ticketId, ...gap }, now)]
      : []),
    // LLM tokens are already counted: each Claude call settled its reservation of the daily budget. Adding
    // nothing would only create a row of zeros, which reads as no row.
    ...(plan.action === 'public_reply'
      ? [createUsageRepo(db, tenant.id).addStatement(now, { autoReplies: 1 })]
      : []),
  ])
}

/** Loads a job's tenant (null when it was removed since the webhook arrived). */
export const loadTenant = (env: Env, tenantId: string): Promise<Tenant | null> =>
  createTenantsRepo(tenantDatabase(env, tenantId), createSecretBox(env.ENCRYPTION_KEY)).findById(tenantId)

/**
 * The automation for one ticket event, idempotent under duplicate deliveries, consumer retries and crashes:
 * the plan and the ticket stamp its write is conditioned on are recorded before acting, then each step of the
 * write as it lands; a retry reuses the plan and stamp and sends only the steps not landed (applyTicketUpdate).
 * D1 round trips: the start batch, the engines' reads, the batch recording the plan with the update's budget
 * slot, one per step that lands before the last (none for Zendesk, which applies them in one update), and the
 * finish batch.
 */
export const processTicketEvent = async (
  env: Env,
  job: TicketEventJob,
  transport: HelpdeskTransport = {},
): Promise<ProcessOutcome> => {
  const { found, record, usage } = await startTicketEvent(env, job, new Date(), EVENT_LEASE_MS)
  if (!found) return 'tenant_gone'
  const { tenant, apiToken } = found
  const db = tenantDatabase(env, tenant.id)
  const events = createWebhookEventsRepo(db, tenant.id)
  if (!record) return (await events.noteDuplicate(job.eventKey)) ? 'duplicate' : 'busy'

  try {
    const helpdesk = await openHelpdesk(env, tenant, transport, apiToken)
    const budget = ticketUpdateBudget(env, tenant)
    let { plan, writeStamp } = record
    const doneSteps = record.doneSteps.filter((step): step is UpdateStep =>
      (UPDATE_STEPS as readonly string[]).includes(step),
    )
    if (!plan) {
      const decided = await decideTicket(env, tenant, helpdesk, job.ticketId, usage, job.event)
      plan = decided.plan
      writeStamp = decided.ticket?.updatedStamp ?? null
      // A plan without a write needs no record: repeating its decision after a crash changes nothing.
      if (plan.update && helpdesk) {
        const now = new Date()
        const [, taken] = await db.batch([
          events.decideStatement(job.eventKey, plan, writeStamp, now),
          budget.statement(now),
        ])
        budget.check(taken, now)
      }
    } else if (plan.update && helpdesk) {
      await budget.reserve(new Date())
    }
    if (plan.update && helpdesk) {
      await applyTicketUpdate(
        helpdesk,
        job.ticketId,
        plan.update,
        writeStamp,
        () => budget.reserve(new Date()),
        { done: doneSteps, record: (done) => events.recordSteps(job.eventKey, done, new Date()) },
      )
    }
    await finishEvent(env, tenant, job, plan, 'done', new Date())
    return 'done'
  } catch (err) {
    await events.release(job.eventKey)
    throw err
  }
}
