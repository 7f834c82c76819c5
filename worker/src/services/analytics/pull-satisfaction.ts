import { AppError } from '@deskmate/shared'
import { createCsatRepo, type StoredRating } from '../../db/csat-repo.ts'
import { tenantDatabase } from '../../db/tenant-database.ts'
import type { SatisfactionRating } from '../../helpdesks/adapter.ts'
import { HelpdeskApiError } from '../../helpdesks/fetch-with-retry.ts'
import { describeError } from '../../http/describe-error.ts'
import { openHelpdesk, type HelpdeskTransport } from '../automation/open-helpdesk.ts'
import { loadTenant } from '../automation/process-ticket-event.ts'

/** How far back the first pull reads. */
export const FIRST_PULL_DAYS = 90
/** Ratings written per D1 batch (with the recount of their days, in the same transaction). */
const BATCH = 50

/** What one pull did: ratings stored, or why there are none to read. */
export type PullResult = { status: 'ok'; stored: number } | { status: 'unavailable' }

const toStored = (rating: SatisfactionRating): StoredRating => ({
  ratingId: rating.id,
  ticketId: rating.ticketId,
  day: new Date(rating.createdAt).toISOString().slice(0, 10),
  good: rating.good,
})

/** The helpdesk refused the ratings because the account has none to read (the feature off or not in its plan). */
const isUnavailable = (err: unknown): boolean =>
  err instanceof HelpdeskApiError && (err.code === 'forbidden' || err.code === 'not_found')

/**
 * Reads the tenant's satisfaction ratings created since the last pull (the last FIRST_PULL_DAYS at first) and
 * stores each once, marked auto-answered when Deskmate auto-replied on its ticket, recounting the days touched. A helpdesk without ratings
 * is recorded as such; any other failure is recorded and rethrown (the queue retries; the cursor moves only
 * when a pull completes).
 */
export const pullSatisfactionRatings = async (
  env: Env,
  tenantId: string,
  transport: HelpdeskTransport = {},
  now = new Date(),
): Promise<PullResult> => {
  const tenant = await loadTenant(env, tenantId)
  if (!tenant) throw new AppError('tenant_not_found', 'The tenant no longer exists')
  const db = tenantDatabase(env, tenant.id)
  const repo = createCsatRepo(db, tenant.id)
  const unavailable = async (error: string): Promise<PullResult> => {
    await repo.finishStatement({ status: 'unavailable', error }, now).run()
    return { status: 'unavailable' }
  }
  try {
    const helpdesk = await openHelpdesk(env, tenant, transport)
    if (!helpdesk?.listSatisfactionRatings) return await unavailable('The helpdesk serves no ratings')
    const { cursor } = await repo.readState()
    const since = cursor ? new Date(cursor) : new Date(now.getTime() - FIRST_PULL_DAYS * 86_400_000)
    const ratings = await helpdesk.listSatisfactionRatings(since)
    for (let i = 0; i < ratings.length; i += BATCH) {
      const part = ratings.slice(i, i + BATCH)
      await db.batch([
        ...part.map((rating) => repo.upsertStatement(toStored(rating))),
        ...repo.recountStatements(part.map((rating) => rating.id)),
      ])
    }
    const newest = ratings.at(-1)?.createdAt ?? null
    await repo.finishStatement({ status: 'ok', cursor: newest }, now).run()
    return { status: 'ok', stored: ratings.length }
  } catch (err) {
    const { code, message } = describeError(err)
    if (isUnavailable(err)) return await unavailable(`${code}: ${message}`)
    await repo.finishStatement({ status: 'failed', error: `${code}: ${message}` }, now).run()
    throw err
  }
}
