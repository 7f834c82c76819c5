import { AppError, KB_LIMITS, type KbArticle } from '@deskmate/shared'
import { createKbRepo, type StoredArticle } from '../../db/kb-repo.ts'
import { createKbSyncRepo } from '../../db/kb-sync-repo.ts'
import { tenantDatabase } from '../../db/tenant-database.ts'
import type { Tenant } from '../../db/tenants-repo.ts'
import type { AnsweredQuestion } from '../../helpdesks/adapter.ts'
import { describeError } from '../../http/describe-error.ts'
import { openHelpdesk, type HelpdeskTransport } from './open-helpdesk.ts'
import { loadTenant } from './process-ticket-event.ts'

/** What one sync changed. */
export type KbSyncResult = { upserted: number; removed: number; examplesLearned: number; cursor: number }

const CHUNK = 50
const SOLVED_TICKETS_TO_READ = 50

const chunks = <T>(items: T[]): T[][] =>
  Array.from({ length: Math.ceil(items.length / CHUNK) }, (_, i) => items.slice(i * CHUNK, (i + 1) * CHUNK))

const toKbArticle = (article: StoredArticle, examples: string[]): KbArticle => ({
  id: article.id,
  title: article.title,
  body: article.body,
  locale: article.locale,
  ...(article.url ? { url: article.url } : {}),
  examples,
})

/** Adds each question to its article's examples (deduplicated, newest kept when the list is full). */
const mergeExamples = (existing: string[], added: string[]): string[] => {
  const seen = new Set(existing.map((e) => e.toLowerCase()))
  const fresh = added.filter((q) => !seen.has(q.toLowerCase()) && seen.add(q.toLowerCase()))
  return [...existing, ...fresh].slice(-KB_LIMITS.examples)
}

/** Records why a sync failed in the tenant's sync state (shown by GET /v1/kb/sync). */
export const recordSyncFailure = async (env: Env, tenantId: string, err: unknown): Promise<void> => {
  const { code, message } = describeError(err)
  await createKbSyncRepo(tenantDatabase(env, tenantId), tenantId)
    .failStatement(`${code}: ${message}`, new Date())
    .run()
}

/**
 * Pulls the tenant's Help Center into its KB: published translations changed since the last cursor are
 * upserted (keeping learned examples), unpublished or deleted ones removed, and questions from solved tickets
 * whose replies linked an article become that article's example questions. A failure is recorded in the sync
 * state and rethrown (the queue retries; the cursor moves only when a sync completes).
 */
export const syncHelpCenter = async (
  env: Env,
  tenantId: string,
  transport: HelpdeskTransport = {},
): Promise<KbSyncResult> => {
  const tenant = await loadTenant(env, tenantId)
  if (!tenant) throw new AppError('tenant_not_found', 'The tenant no longer exists')
  try {
    return await pullHelpCenter(env, tenant, transport)
  } catch (err) {
    await recordSyncFailure(env, tenant.id, err)
    throw err
  }
}

const pullHelpCenter = async (
  env: Env,
  tenant: Tenant,
  transport: HelpdeskTransport,
): Promise<KbSyncResult> => {
  const helpdesk = await openHelpdesk(env, tenant, transport)
  if (!helpdesk) throw new AppError('conflict', 'Register the helpdesk API before syncing its knowledge base')
  const db = tenantDatabase(env, tenant.id)
  const kb = createKbRepo(db, tenant.id)
  const sync = createKbSyncRepo(db, tenant.id)
  const state = await sync.readState()

  const changes = await helpdesk.listArticleChanges(state.cursor)
  const existing = new Map(
    (await kb.getArticles(changes.articles.map((a) => a.id))).map((a) => [a.id, a.examples]),
  )
  for (const part of chunks(changes.articles)) {
    const articles = part.map(({ sourceId: _source, ...article }) => ({
      ...article,
      examples: existing.get(article.id) ?? [],
    }))
    await kb.upsertArticles(articles)
    await db.batch(part.map((a) => sync.trackStatement({ localId: a.id, sourceId: a.sourceId })))
  }

  const published = await helpdesk.listPublishedArticleIds()
  const tracked = await sync.listSynced()
  const removed = new Set(changes.removedIds.filter((id) => tracked.some((t) => t.localId === id)))
  for (const article of tracked) if (!published.has(article.sourceId)) removed.add(article.localId)
  for (const localId of removed) {
    await kb.deleteArticle(localId)
    await sync.untrackStatement(localId).run()
  }

  const examplesLearned = await learnExamples(
    env,
    tenant.id,
    await helpdesk.listAnsweredQuestions(SOLVED_TICKETS_TO_READ),
  )
  const live = await sync.listSynced()
  await sync
    .saveStatement(
      { cursor: changes.cursor, articles: live.length, examples: state.examples + examplesLearned },
      new Date(),
    )
    .run()
  return { upserted: changes.articles.length, removed: removed.size, examplesLearned, cursor: changes.cursor }
}

const learnExamples = async (env: Env, tenantId: string, questions: AnsweredQuestion[]): Promise<number> => {
  if (questions.length === 0) return 0
  const db = tenantDatabase(env, tenantId)
  const kb = createKbRepo(db, tenantId)
  const tracked = await createKbSyncRepo(db, tenantId).listSynced()
  const bySource = new Map<string, string[]>()
  for (const { sourceId, question } of questions)
    bySource.set(sourceId, [...(bySource.get(sourceId) ?? []), question])
  const localIds = tracked.filter((t) => bySource.has(t.sourceId))
  const articles = await kb.getArticles(localIds.map((t) => t.localId))
  let learned = 0
  const updated: KbArticle[] = []
  for (const article of articles) {
    const source = localIds.find((t) => t.localId === article.id)?.sourceId ?? ''
    const examples = mergeExamples(article.examples, bySource.get(source) ?? [])
    if (examples.length === article.examples.length && examples.every((e, i) => e === article.examples[i]))
      continue
    learned += examples.filter((e) => !article.examples.includes(e)).length
    updated.push(toKbArticle(article, examples))
  }
  for (const part of chunks(updated)) await kb.upsertArticles(part)
  return learned
}
