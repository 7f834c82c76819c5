import type { KbArticle } from '@deskmate/shared'
import { MAX_TEXT_CHARS } from '../engines/local/text/normalize-text.ts'
import { indexedWordsOf, primaryLanguage, tenantIndexKey, toIndexRow } from './kb-index-tokens.ts'
import {
  countWords,
  guardStatement,
  readCurrentArticles,
  termDeltaStatements,
  toJsonChunks,
  withConcurrentRetry,
  type CurrentArticle,
} from './kb-write-support.ts'

const sameExamples = (a: string[], b: string[]): boolean =>
  a.length === b.length && a.every((example, i) => example === b[i])

/** True when the words the index holds for an article would not change. */
const isIndexUnchanged = (current: CurrentArticle, next: KbArticle): boolean =>
  current.title === next.title &&
  current.body === next.body.slice(0, MAX_TEXT_CHARS) &&
  primaryLanguage(current.locale) === primaryLanguage(next.locale) &&
  sameExamples(current.examples, next.examples ?? [])

/**
 * Inserts or updates a tenant's articles in one transaction: the rows, their full-text index rows (deleted and
 * written by key, only where the indexed text changed) and the tenant's term frequencies. A few statements per
 * batch whatever its size, each touching only the batch's rows, so the cost follows the batch, not the KB.
 */
export const upsertKbArticles = async (
  db: D1Database,
  tenantId: string,
  articles: KbArticle[],
  now: Date,
): Promise<void> => {
  // The last version of an article wins, as it would in separate writes, and is counted once.
  const latest = [...new Map(articles.map((article) => [article.id, article])).values()]
  if (latest.length === 0) return
  const ids = latest.map((article) => article.id)
  const key = tenantIndexKey(tenantId)
  await withConcurrentRetry(async () => {
    const current = await readCurrentArticles(db, tenantId, ids)
    const deltas = new Map<string, number>()
    const reindexed: { id: string; row: ReturnType<typeof toIndexRow> }[] = []
    for (const article of latest) {
      const before = current.articles.get(article.id)
      if (before && isIndexUnchanged(before, article)) continue
      const words = indexedWordsOf(article)
      if (before) countWords(deltas, indexedWordsOf(before).distinct, -1)
      else countWords(deltas, [''], 1)
      countWords(deltas, words.distinct, 1)
      reindexed.push({ id: article.id, row: toIndexRow(key, article.locale, words) })
    }
    const stale = reindexed.map((entry) => entry.id).filter((id) => current.articles.has(id))
    const rows = latest.map((article) => ({
      id: article.id,
      title: article.title,
      body: article.body,
      locale: article.locale,
      url: article.url ?? null,
      examples: JSON.stringify(article.examples ?? []),
    }))
    const statements = [
      guardStatement(db, tenantId, ids, current.fingerprint),
      ...toJsonChunks(stale).map((chunk) =>
        db
          .prepare(
            `DELETE FROM kb_index WHERE rowid IN (SELECT doc FROM kb_articles
             WHERE tenant_id = ?1 AND id IN (SELECT value FROM json_each(?2)))`,
          )
          .bind(tenantId, chunk),
      ),
      ...toJsonChunks(rows).map((chunk) =>
        db
          .prepare(
            `INSERT INTO kb_articles (tenant_id, id, title, body, locale, url, examples_json, updated_at)
             SELECT ?1, value ->> 'id', value ->> 'title', value ->> 'body', value ->> 'locale', value ->> 'url',
               value ->> 'examples', ?3
             FROM json_each(?2) WHERE true
             ON CONFLICT (tenant_id, id) DO UPDATE SET title = excluded.title, body = excluded.body,
               locale = excluded.locale, url = excluded.url, examples_json = excluded.examples_json,
               updated_at = excluded.updated_at, revision = revision + 1`,
          )
          .bind(tenantId, chunk, now.toISOString()),
      ),
      ...toJsonChunks(reindexed).map((chunk) =>
        db
          .prepare(
            // The batch drives the loop (one key lookup per article), never the tenant's whole article list.
            `INSERT INTO kb_index (rowid, lang, title, body, examples)
             SELECT (SELECT doc FROM kb_articles WHERE tenant_id = ?1 AND id = j.value ->> 'id'),
               j.value ->> '$.row.lang', j.value ->> '$.row.title', j.value ->> '$.row.body',
               j.value ->> '$.row.examples'
             FROM json_each(?2) j`,
          )
          .bind(tenantId, chunk),
      ),
      ...termDeltaStatements(db, tenantId, deltas),
    ]
    return {
      // One batch is one transaction: either every article is written or none is.
      run: async () => void (await db.batch(statements)),
      isStale: async () => (await readCurrentArticles(db, tenantId, ids)).fingerprint !== current.fingerprint,
    }
  })
}
