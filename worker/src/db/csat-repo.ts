import { chunkForBinding, placeholders } from './bind-chunks.ts'

/** A satisfaction rating as stored: its UTC day and whether it was good. */
export type StoredRating = { ratingId: string; ticketId: string; day: string; good: boolean }

/** Where a tenant's rating pull stands. */
export type CsatSyncState = {
  /** The newest rating's creation time read so far: the next pull starts there (null: never read). */
  cursor: string | null
  requestedAt: string | null
  pulledAt: string | null
  /** `ok` once a pull finished, `unavailable` when the helpdesk serves no ratings, `failed` after an error. */
  status: 'pending' | 'ok' | 'unavailable' | 'failed'
  error: string | null
}

/** Good and bad ratings of auto-answered (`auto`) and other tickets. */
export type CsatCounts = { auto: { good: number; bad: number }; human: { good: number; bad: number } }

const PENDING: CsatSyncState = {
  cursor: null,
  requestedAt: null,
  pulledAt: null,
  status: 'pending',
  error: null,
}

/** SQL for one tenant's satisfaction ratings and their pull state. */
export const createCsatRepo = (db: D1Database, tenantId: string) => ({
  /**
   * Stores a rating once per id (a second read replaces its score; its day stays the first read's), marked
   * auto-answered when the audit log holds an automatic reply on its ticket.
   */
  upsertStatement(rating: StoredRating): D1PreparedStatement {
    return db
      .prepare(
        `INSERT INTO csat_ratings (tenant_id, rating_id, ticket_id, day, good, auto)
         SELECT ?1, ?2, ?3, ?4, ?5, EXISTS (SELECT 1 FROM audit_log
           WHERE tenant_id = ?1 AND ticket_id = ?3 AND decision = 'auto_replied')
         ON CONFLICT (tenant_id, rating_id) DO UPDATE SET good = excluded.good, auto = excluded.auto`,
      )
      .bind(tenantId, rating.ratingId, rating.ticketId, rating.day, rating.good ? 1 : 0)
  },

  /** Recounts the daily counts of the days the given ratings are stored on (run after storing them). */
  recountStatements(ratingIds: readonly string[]): D1PreparedStatement[] {
    return chunkForBinding(ratingIds, 1).map((ids) =>
      db
        .prepare(
          `INSERT OR REPLACE INTO csat_daily (tenant_id, day, auto_good, auto_bad, human_good, human_bad)
           SELECT ?1, day, SUM(auto AND good), SUM(auto AND NOT good), SUM(NOT auto AND good),
             SUM(NOT auto AND NOT good)
           FROM csat_ratings WHERE tenant_id = ?1 AND day IN
             (SELECT day FROM csat_ratings WHERE tenant_id = ?1 AND rating_id IN (${placeholders(ids)}))
           GROUP BY day`,
        )
        .bind(tenantId, ...ids),
    )
  },

  /** Good and bad ratings from `from` to `to` (UTC days, inclusive), from the daily counts. */
  async counts(from: string, to: string): Promise<CsatCounts> {
    const row = await db
      .prepare(
        `SELECT coalesce(SUM(auto_good), 0) AS autoGood, coalesce(SUM(auto_bad), 0) AS autoBad,
           coalesce(SUM(human_good), 0) AS humanGood, coalesce(SUM(human_bad), 0) AS humanBad
         FROM csat_daily WHERE tenant_id = ? AND day BETWEEN ? AND ?`,
      )
      .bind(tenantId, from, to)
      .first<{ autoGood: number; autoBad: number; humanGood: number; humanBad: number }>()
    return {
      auto: { good: row?.autoGood ?? 0, bad: row?.autoBad ?? 0 },
      human: { good: row?.humanGood ?? 0, bad: row?.humanBad ?? 0 },
    }
  },

  async readState(): Promise<CsatSyncState> {
    const row = await db
      .prepare(
        `SELECT cursor, requested_at AS requestedAt, pulled_at AS pulledAt, status, error FROM csat_sync
         WHERE tenant_id = ?`,
      )
      .bind(tenantId)
      .first<CsatSyncState>()
    return row ?? PENDING
  },

  /**
   * Claims the next pull when none was asked for since `staleBefore`: true for exactly one of several
   * concurrent callers, which then queues it.
   */
  async claimPull(now: Date, staleBefore: Date): Promise<boolean> {
    const result = await db
      .prepare(
        `INSERT INTO csat_sync (tenant_id, requested_at) VALUES (?, ?) ON CONFLICT (tenant_id) DO UPDATE
         SET requested_at = excluded.requested_at WHERE requested_at IS NULL OR requested_at < ?`,
      )
      .bind(tenantId, now.toISOString(), staleBefore.toISOString())
      .run()
    return result.meta.changes > 0
  },

  /** Records a finished pull (its new cursor) or why none could be made. */
  finishStatement(
    outcome: { status: 'ok'; cursor: string | null } | { status: 'unavailable' | 'failed'; error: string },
    now: Date,
  ): D1PreparedStatement {
    const cursor = outcome.status === 'ok' ? outcome.cursor : null
    const error = outcome.status === 'ok' ? null : outcome.error
    return db
      .prepare(
        `INSERT INTO csat_sync (tenant_id, cursor, pulled_at, status, error) VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (tenant_id) DO UPDATE SET cursor = coalesce(?2, cursor),
           pulled_at = CASE WHEN ?4 = 'failed' THEN pulled_at ELSE ?3 END,
           status = CASE WHEN ?4 = 'failed' AND status = 'ok' THEN 'ok' ELSE ?4 END, error = ?5`,
      )
      .bind(tenantId, cursor, now.toISOString(), outcome.status, error)
  },
})
