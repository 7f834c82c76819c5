const WINDOW_MS = 60_000
const KEEP_WINDOWS_MS = 60 * WINDOW_MS

/** A per-minute budget of helpdesk API calls, shared by every Worker instance through D1. */
export const createHelpdeskQuotaRepo = (db: D1Database, tenantId: string) => ({
  /** Takes one call from this minute's budget; returns the seconds to wait when it is spent. */
  async reserve(
    bucket: string,
    perMinute: number,
    now: Date,
  ): Promise<{ isGranted: true } | { isGranted: false; retryAfterSec: number }> {
    const windowStart = Math.floor(now.getTime() / WINDOW_MS) * WINDOW_MS
    const [, taken] = await db.batch([
      db
        .prepare('DELETE FROM helpdesk_quota WHERE tenant_id = ? AND window_start < ?')
        .bind(tenantId, windowStart - KEEP_WINDOWS_MS),
      db
        .prepare(
          `INSERT INTO helpdesk_quota (tenant_id, bucket, window_start, used) VALUES (?1, ?2, ?3, 1)
           ON CONFLICT (tenant_id, bucket, window_start) DO UPDATE SET used = used + 1 WHERE used < ?4
           RETURNING used`,
        )
        .bind(tenantId, bucket, windowStart, perMinute),
    ])
    if ((taken?.results.length ?? 0) > 0) return { isGranted: true }
    return {
      isGranted: false,
      retryAfterSec: Math.max(1, Math.ceil((windowStart + WINDOW_MS - now.getTime()) / 1000)),
    }
  },
})
