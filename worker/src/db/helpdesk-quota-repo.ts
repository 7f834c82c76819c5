const WINDOW_MS = 60_000
/** How long used windows are kept (the prune trigger of migration 0015 spells it out in milliseconds). */
export const KEEP_WINDOWS_MS = 60 * WINDOW_MS

/** Whether a call was granted, or the seconds until the next minute's budget. */
export type Reservation = { isGranted: true } | { isGranted: false; retryAfterSec: number }

const windowOf = (now: Date): number => Math.floor(now.getTime() / WINDOW_MS) * WINDOW_MS

/** A per-minute budget of helpdesk API calls, shared by every Worker instance through D1. */
export const createHelpdeskQuotaRepo = (db: D1Database, tenantId: string) => ({
  /** Takes one call from this minute's budget; returns the seconds to wait when it is spent. */
  async reserve(bucket: string, perMinute: number, now: Date): Promise<Reservation> {
    return this.readReservation(await this.reserveStatement(bucket, perMinute, now).all(), now)
  },

  /**
   * The statement of a reservation, to batch with the write it precedes. The first reservation of a window
   * also drops the tenant's windows older than `KEEP_WINDOWS_MS` (trigger `helpdesk_quota_prune`).
   */
  reserveStatement(bucket: string, perMinute: number, now: Date): D1PreparedStatement {
    return db
      .prepare(
        `INSERT INTO helpdesk_quota (tenant_id, bucket, window_start, used) VALUES (?1, ?2, ?3, 1)
         ON CONFLICT (tenant_id, bucket, window_start) DO UPDATE SET used = used + 1 WHERE used < ?4
         RETURNING used`,
      )
      .bind(tenantId, bucket, windowOf(now), perMinute)
  },

  /** The reservation from the result of `reserveStatement`. */
  readReservation(taken: D1Result | undefined, now: Date): Reservation {
    if ((taken?.results.length ?? 0) > 0) return { isGranted: true }
    const retryAfterSec = Math.max(1, Math.ceil((windowOf(now) + WINDOW_MS - now.getTime()) / 1000))
    return { isGranted: false, retryAfterSec }
  },
})
