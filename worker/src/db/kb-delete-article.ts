import { indexedWordsOf } from './kb-index-tokens.ts'
import {
  countWords,
  guardStatement,
  readCurrentArticles,
  termDeltaStatements,
  withConcurrentRetry,
} from './kb-write-support.ts'

/** Deletes one article, its index row and its share of the tenant's term frequencies; false when absent. */
export const deleteKbArticle = (db: D1Database, tenantId: string, id: string): Promise<boolean> =>
  withConcurrentRetry(async () => {
    const current = await readCurrentArticles(db, tenantId, [id])
    const article = current.articles.get(id)
    const deltas = new Map<string, number>()
    if (article) countWords(deltas, ['', ...indexedWordsOf(article).distinct], -1)
    const statements = article
      ? [
          guardStatement(db, tenantId, [id], current.fingerprint),
          db.prepare('DELETE FROM kb_index WHERE rowid = ?1').bind(article.doc),
          db.prepare('DELETE FROM kb_articles WHERE doc = ?1').bind(article.doc),
          ...termDeltaStatements(db, tenantId, deltas),
        ]
      : []
    return {
      run: async () => {
        if (statements.length > 0) await db.batch(statements)
        return article !== undefined
      },
      isStale: async () =>
        (await readCurrentArticles(db, tenantId, [id])).fingerprint !== current.fingerprint,
    }
  })
