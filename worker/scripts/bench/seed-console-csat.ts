import type { BenchD1 } from './bench-d1.ts'

/** One audited ticket in this many has a satisfaction rating (a tenth: a typical survey response rate). */
const RATED_EVERY = 10

/**
 * Gives the console's tenant a satisfaction rating on every tenth audited ticket (good unless the row number
 * ends in 7, 8 or 9), marked auto-answered by the audit log as the rating pull marks them, their daily counts,
 * and a pull state finished now, so reading the analytics queues no pull during the run.
 */
export const seedConsoleCsat = async (db: BenchD1, tenantId: string, now: Date): Promise<void> => {
  await db
    .prepare(
      `INSERT INTO csat_ratings (tenant_id, rating_id, ticket_id, day, good, auto)
       SELECT tenant_id, 'bench-rating-' || ticket_id, ticket_id, substr(created_at, 1, 10),
         CAST(ticket_id AS INTEGER) % 100 NOT IN (7, 8, 9), decision = 'auto_replied'
       FROM audit_log WHERE tenant_id = ?1 AND CAST(ticket_id AS INTEGER) % ?2 = 0`,
    )
    .bind(tenantId, RATED_EVERY)
    .run()
  await db
    .prepare(
      `INSERT INTO csat_daily (tenant_id, day, auto_good, auto_bad, human_good, human_bad)
       SELECT tenant_id, day, SUM(auto AND good), SUM(auto AND NOT good), SUM(NOT auto AND good),
         SUM(NOT auto AND NOT good)
       FROM csat_ratings WHERE tenant_id = ?1 GROUP BY day`,
    )
    .bind(tenantId)
    .run()
  await db
    .prepare(
      `INSERT INTO csat_sync (tenant_id, cursor, requested_at, pulled_at, status) VALUES (?1, ?2, ?2, ?2, 'ok')`,
    )
    .bind(tenantId, now.toISOString())
    .run()
}
