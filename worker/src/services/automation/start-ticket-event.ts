import { createSecretBox } from '../../crypto/secret-box.ts'
import { tenantDatabase } from '../../db/tenant-database.ts'
import { createTenantsRepo, type TenantWithToken } from '../../db/tenants-repo.ts'
import { createUsageRepo, type DailyUsage } from '../../db/usage-repo.ts'
import { createWebhookEventsRepo, type EventRecord } from '../../db/webhook-events-repo.ts'
import type { TicketEventJob } from '../../queue/jobs.ts'
import type { AutomationPlan } from './plan-action.ts'

/** What a job reads before it works: its tenant (null when removed), the event's claim, today's usage. */
export type StartedEvent = {
  found: TenantWithToken | null
  /** The claimed record; null when the event is finished or another consumer holds it. */
  record: EventRecord<AutomationPlan> | null
  /** Today's usage counters (zero when the event was not claimed). */
  usage: DailyUsage
}

/**
 * Loads the tenant with its API token, takes the event's lease and reads today's usage in one D1 round trip
 * of two statements (a batch is one transaction, so the claim sees the tenant the job reads).
 */
export const startTicketEvent = async (
  env: Env,
  job: TicketEventJob,
  now: Date,
  leaseMs: number,
): Promise<StartedEvent> => {
  const db = tenantDatabase(env, job.tenantId)
  const tenants = createTenantsRepo(db, createSecretBox(env.ENCRYPTION_KEY))
  const events = createWebhookEventsRepo(db, job.tenantId)
  const usage = createUsageRepo(db, job.tenantId)
  const [tenant, claim] = await db.batch([
    tenants.withTokenStatement(job.tenantId),
    events.claimStatement(job.eventKey, job.ticketId, now, leaseMs),
  ])
  return {
    found: await tenants.readWithToken(tenant),
    record: events.readClaim<AutomationPlan>(claim),
    // The claim's row carries today's counters; an event not claimed is not worked on.
    usage: usage.readToday(claim),
  }
}
