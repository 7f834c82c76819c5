import type { AnalyticsResponse, CsatGroup } from '@deskmate/shared'
import { createCsatRepo } from '../../db/csat-repo.ts'
import { tenantDatabase } from '../../db/tenant-database.ts'
import { describeError } from '../../http/describe-error.ts'
import { logEvent } from '../../http/log.ts'
import type { CsatSyncJob } from '../../queue/jobs.ts'

/** How old the ratings may be before reading the analytics queues a new pull. */
export const CSAT_REFRESH_MS = 3_600_000

const group = ({ good, bad }: { good: number; bad: number }): CsatGroup => ({
  good,
  bad,
  rate: good + bad > 0 ? good / (good + bad) : null,
})

/**
 * The CSAT of auto-answered vs human-answered tickets from `from` to `to`, read from the stored ratings (the
 * page never waits on the helpdesk): null until a pull read the helpdesk's ratings. When no pull was asked for
 * within CSAT_REFRESH_MS, one is queued (once, whatever the concurrent readers); a failure to queue only
 * leaves the figures as they are.
 */
export const readCsat = async (
  env: Env,
  tenantId: string,
  range: { from: string; to: string },
  now = new Date(),
): Promise<AnalyticsResponse['csat']> => {
  const repo = createCsatRepo(tenantDatabase(env, tenantId), tenantId)
  const state = await repo.readState()
  const staleBefore = new Date(now.getTime() - CSAT_REFRESH_MS)
  const isStale = state.requestedAt === null || Date.parse(state.requestedAt) < staleBefore.getTime()
  if (isStale && (await repo.claimPull(now, staleBefore))) {
    const job: CsatSyncJob = { kind: 'csat_sync', tenantId, requestedAt: now.toISOString() }
    try {
      await env.JOBS.send(job)
    } catch (err) {
      logEvent('warn', 'csat_queue_failed', { tenant: tenantId, ...describeError(err) })
    }
  }
  if (state.status !== 'ok' || !state.pulledAt) return null
  const counts = await repo.counts(range.from, range.to)
  return { auto: group(counts.auto), human: group(counts.human), updatedAt: state.pulledAt }
}
