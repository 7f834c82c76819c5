import type { KbArticle } from '@deskmate/shared'
import { chunkForBinding, placeholders } from './bind-chunks.ts'
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
  /** Each article's translation into `language`, keyed by the original's id (none when the KB lacks it). */
  findTranslations(
    articles: Array<Pick<StoredArticle, 'id' | 'locale'>>,
    language: string,
  ): Promise<Map<string, StoredArticle>>
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
  const searchIn = async (match: string, language: string | null, limit: number): Promise<KbCandidate[]> => {
    const languageFilter = language === null ? '' : 'AND f.lang = ?3'
    const sql = `SELECT a.id, a.title, substr(a.body, 1, ${SEARCH_BODY_CHARS}) AS body, a.locale, a.url,
        a.examples_json, a.updated_at, bm25(kb_articles_fts, 0, 0, 0, 2.0, 1.0, 1.5) AS rank
      FROM kb_articles_fts f
      JOIN kb_articles a ON a.tenant_id = f.tenant_id AND a.id = f.article_id
      WHERE kb_articles_fts MATCH ?1 AND f.tenant_id = ?2 ${languageFilter}
      ORDER BY rank LIMIT ?4`
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
      // One statement per chunk of the IN list (D1's parameter limit), all in one round trip.
      const statements = chunkForBinding([...new Set(ids)], 1).map((part) =>
        db
          .prepare(
            `SELECT id, title, body, locale, url, examples_json, updated_at FROM kb_articles
             WHERE tenant_id = ? AND id IN (${placeholders(part)})`,
          )
          .bind(tenantId, ...part),
      )
      const results = await db.batch<ArticleRow>(statements)
      const byId = new Map(results.flatMap((r) => r.results).map((row) => [row.id, toArticle(row)]))
      return ids.flatMap((id) => byId.get(id) ?? [])
    },

    async findTranslations(articles, language) {
      // Translations share a family id and end in their locale (`reset-password-de`, `zendesk-42-pt-br`).
      const familyOf = new Map<string, string[]>()
      for (const { id, locale } of articles) {
        const suffix = `-${locale.toLowerCase()}`
        if (!id.toLowerCase().endsWith(suffix) || id.length === suffix.length) continue
        const family = id.slice(0, -suffix.length)
        familyOf.set(family, [...(familyOf.get(family) ?? []), id])
      }
      const translations = new Map<string, StoredArticle>()
      if (familyOf.size === 0) return translations
      const lang = primaryLanguage(language)
      const families = [...familyOf.keys()]
      const { results } = await db
        .prepare(
          `SELECT id, title, body, locale, url, examples_json, updated_at FROM kb_articles
           WHERE tenant_id = ?1 AND (lower(locale) = ?2 OR lower(locale) LIKE ?2 || '-%')
             AND lower(substr(id, length(id) - length(locale) + 1)) = lower(locale)
             AND substr(id, 1, length(id) - length(locale) - 1) IN (${families.map((_, i) => `?${i + 3}`).join(', ')})
           ORDER BY length(locale)`,
        )
        .bind(tenantId, lang, ...families)
        .all<ArticleRow>()
      for (const row of results) {
        const family = row.id.slice(0, row.id.length - row.locale.length - 1)
        for (const original of familyOf.get(family) ?? [])
          if (!translations.has(original)) translations.set(original, toArticle(row))
      }
      return translations
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
      const lang = language === null ? null : primaryLanguage(language)
      const inLanguage = lang === null ? [] : await searchIn(match, lang, limit)
      if (inLanguage.length >= limit) return inLanguage
      // Fallback: fill up with articles in any language (e.g. an English-only KB answering a German ticket).
      const seen = new Set(inLanguage.map((candidate) => candidate.article.id))
      const anyLanguage = await searchIn(match, null, limit)
      return [...inLanguage, ...anyLanguage.filter((candidate) => !seen.has(candidate.article.id))].slice(
        0,
        limit,
      )
    },
  }
}
