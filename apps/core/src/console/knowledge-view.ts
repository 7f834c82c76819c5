import type { KnowledgeSync } from '@deskmate/shared'

/** How many indexed articles the console lists per page. */
export const KNOWLEDGE_PAGE_SIZE = 25

/** Where a page of a list starts and ends (1-based, for people) and whether there are pages around it. */
export type PageRange = { from: number; to: number; total: number; hasPrevious: boolean; hasNext: boolean }

/**
 * The range a page covers of `total` items.
 * @example pageRange(25, 25, 60) // { from: 26, to: 50, total: 60, hasPrevious: true, hasNext: true }
 */
export const pageRange = (offset: number, limit: number, total: number): PageRange => ({
  from: total === 0 ? 0 : Math.min(offset + 1, total),
  to: Math.min(offset + limit, total),
  total,
  hasPrevious: offset > 0,
  hasNext: offset + limit < total,
})

/** The sync at a glance: never run, last run succeeded, or last run failed (and when it ran last). */
export type SyncStatus = { status: 'never' | 'ok' | 'failed'; lastRun: string | null }

/**
 * A failure the Worker recorded after the last success means the last run failed (a success clears it).
 * @example syncStatus({ syncedAt: null, lastError: null, failedAt: null, articles: 0, examples: 0 }).status // 'never'
 */
export const syncStatus = (sync: KnowledgeSync): SyncStatus => {
  if (sync.lastError !== null) return { status: 'failed', lastRun: sync.failedAt ?? sync.syncedAt }
  if (sync.syncedAt !== null) return { status: 'ok', lastRun: sync.syncedAt }
  return { status: 'never', lastRun: null }
}
