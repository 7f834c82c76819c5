import { createHelpdeskQuotaRepo, type Reservation } from '../../db/helpdesk-quota-repo.ts'
import { tenantDatabase } from '../../db/tenant-database.ts'
import type { Tenant } from '../../db/tenants-repo.ts'
import { HelpdeskApiError } from '../../helpdesks/fetch-with-retry.ts'
import { findAdapter } from '../../helpdesks/registry.ts'

const BUCKET = 'ticket_update'
const FALLBACK_PER_MINUTE = 60

const assertGranted = (reservation: Reservation): void => {
  if (reservation.isGranted) return
  throw new HelpdeskApiError('rate_limited', 'The ticket update budget for this minute is spent', {
    upstreamStatus: null,
    isRetryable: true,
    retryAfterSec: reservation.retryAfterSec,
  })
}

/**
 * The tenant's per-minute budget of ticket updates (below the helpdesk's own limit), shared by every Worker
 * instance. Each update takes one slot; the statement lets the first one ride in the batch that records the
 * plan. Throws `rate_limited` with the seconds to wait when the minute's budget is spent.
 */
export const ticketUpdateBudget = (env: Env, tenant: Tenant) => {
  const perMinute = findAdapter(tenant.helpdesk)?.ticketUpdatesPerMinute ?? FALLBACK_PER_MINUTE
  const quota = createHelpdeskQuotaRepo(tenantDatabase(env, tenant.id), tenant.id)
  return {
    statement: (now: Date) => quota.reserveStatement(BUCKET, perMinute, now),
    /** Checks the result of `statement`. */
    check: (taken: D1Result | undefined, now: Date): void => assertGranted(quota.readReservation(taken, now)),
    reserve: async (now: Date): Promise<void> => assertGranted(await quota.reserve(BUCKET, perMinute, now)),
  }
}
export type TicketUpdateBudget = ReturnType<typeof ticketUpdateBudget>
