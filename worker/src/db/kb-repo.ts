import type { KbArticle } from '@deskmate/shared'
import { toMatchExpression, toQueryTerms, toSearchText } from '../engines/local/retrieval/search-text.ts'

/** A stored article as the engines read it (body possibly truncated in search results). */
export type StoredArticle = {
  id: string
  title: string
  body: string
  locale: string
  url: string | null
  examples: string[]
  updatedAt: string
}

/** A full-text candidate: the article and its BM25 relevance (higher is better). */
export type KbCandidate = { article: StoredArticle; bm25: number }

/** What a candidate search looks for. */
export type KbSearch = { text: string; language: string | null; limit: number }

/** A tenant's knowledge base in D1. */
export type KbRepo = {
  upsertArticles(articles: KbArticle[], now?: Date): Promise<void>
  deleteArticle(id: string): Promise<boolean>
  getArticles(ids: string[]): Promise<StoredArticle[]>
  countArticles(): Promise<number>
  searchCandidates(search: KbSearch): Promise<KbCandidate[]>
}

type ArticleRow = {
  id: string
  title: string
  body: string
  locale: string
  url: string | null
  examples_json: string
  updated_at: string
  rank?: number
}

/** Longest body a search result carries; ranking and snippets need the start of an article only. */
const SEARCH_BODY_CHARS = 4_000

const primaryLanguage = (locale: string): string => (locale.split('-')[0] ?? locale).toLowerCase()

const toArticle = (row: ArticleRow): StoredArticle => ({
  id: row.id,
  title: row.title,
  body: row.body,
  locale: row.locale,
  url: row.url,
  examples: JSON.parse(row.examples_json) as string[],
  updatedAt: row.updated_at,
})

/** Creates the KB repository for one tenant; every statement is scoped by `tenant_id`. */
export const createKbRepo = (db: D1Database, tenantId: string): KbRepo => {
  // Articles in the ticket's language first (by rank), then the others (e.g. an English-only KB answering a
  // German ticket): one query, so a search is one D1 round trip.
  const searchIn = async (match: string, language: string | null, limit: number): Promise<KbCandidate[]> => {
    const languageFirst = language === null ? '' : '(f.lang = ?3) DESC,'
    const sql = `SELECT a.id, a.title, substr(a.body, 1, ${SEARCH_BODY_CHARS}) AS body, a.locale, a.url,
        a.examples_json, a.updated_at, bm25(kb_articles_fts, 0, 0, 0, 2.0, 1.0, 1.5) AS rank
      FROM kb_articles_fts f
      JOIN kb_articles a ON a.tenant_id = f.tenant_id AND a.id = f.article_id
      WHERE kb_articles_fts MATCH ?1 AND f.tenant_id = ?2
      ORDER BY ${languageFirst} rank LIMIT ?4`
    const { results } = await db
      .prepare(sql)
      .bind(match, tenantId, language ?? '', limit)
      .all<ArticleRow>()
    return results.map((row) => ({ article: toArticle(row), bm25: -(row.rank ?? 0) }))
  }

  return {
    async upsertArticles(articles, now = new Date()) {
      const updatedAt = now.toISOString()
      const statements = articles.flatMap((article) => [
        db
          .prepare(
            `INSERT INTO kb_articles (tenant_id, id, title, body, locale, url, examples_json, updated_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?)
             ON CONFLICT (tenant_id, id) DO UPDATE SET title = excluded.title, body = excluded.body,
               locale = excluded.locale, url = excluded.url, examples_json = excluded.examples_json,
               updated_at = excluded.updated_at`,
          )
          .bind(
            tenantId,
            article.id,
            article.title,
            article.body,
            article.locale,
            article.url ?? null,
            JSON.stringify(article.examples ?? []),
            updatedAt,
          ),
        db
          .prepare('DELETE FROM kb_articles_fts WHERE tenant_id = ? AND article_id = ?')
          .bind(tenantId, article.id),
        db
          .prepare(
            'INSERT INTO kb_articles_fts (tenant_id, article_id, lang, title, body, examples) VALUES (?, ?, ?, ?, ?, ?)',
          )
          .bind(
            tenantId,
            article.id,
            primaryLanguage(article.locale),
            toSearchText(article.title),
            toSearchText(article.body),
            toSearchText((article.examples ?? []).join('\n')),
          ),
      ])
      // One batch is one transaction: either every article is written or none is.
      if (statements.length > 0) await db.batch(statements)
    },

    async deleteArticle(id) {
      const [deleted] = await db.batch([
        db.prepare('DELETE FROM kb_articles WHERE tenant_id = ? AND id = ?').bind(tenantId, id),
        db.prepare('DELETE FROM kb_articles_fts WHERE tenant_id = ? AND article_id = ?').bind(tenantId, id),
      ])
      return (deleted?.meta.changes ?? 0) > 0
    },

    async getArticles(ids) {
      if (ids.length === 0) return []
      const placeholders = ids.map(() => '?').join(', ')
      const { results } = await db
        .prepare(
          `SELECT id, title, body, locale, url, examples_json, updated_at FROM kb_articles
           WHERE tenant_id = ? AND id IN (${placeholders})`,
        )
        .bind(tenantId, ...ids)
        .all<ArticleRow>()
      const byId = new Map(results.map((row) => [row.id, toArticle(row)]))
      return ids.flatMap((id) => byId.get(id) ?? [])
    },

    async countArticles() {
      const row = await db
        .prepare('SELECT COUNT(*) AS n FROM kb_articles WHERE tenant_id = ?')
        .bind(tenantId)
        .first<{ n: number }>()
      return row?.n ?? 0
    },

    async searchCandidates({ text, language, limit }) {
      const terms = toQueryTerms(text)
      if (terms.length === 0) return []
      const match = toMatchExpression(terms)
      return searchIn(match, language === null ? null : primaryLanguage(language), limit)
    },
  }
}
