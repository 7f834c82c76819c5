import type { KbArticle } from '@deskmate/shared'
import { toQueryTerms } from '../engines/local/retrieval/search-text.ts'
import { deleteKbArticle } from './kb-delete-article.ts'
import { primaryLanguage } from './kb-index-tokens.ts'
import { searchKbIndex, type IndexHitRow } from './kb-search-index.ts'
import { upsertKbArticles } from './kb-upsert-articles.ts'

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
}

const toArticle = (row: ArticleRow): StoredArticle => ({
  id: row.id,
  title: row.title,
  body: row.body,
  locale: row.locale,
  url: row.url,
  examples: JSON.parse(row.examples_json) as string[],
  updatedAt: row.updated_at,
})

const toCandidate = (hit: IndexHitRow): KbCandidate => ({ article: toArticle(hit), bm25: -hit.score })

/** Creates the KB repository for one tenant; every statement is scoped by `tenant_id`. */
export const createKbRepo = (db: D1Database, tenantId: string): KbRepo => ({
  upsertArticles: (articles, now = new Date()) => upsertKbArticles(db, tenantId, articles, now),

  deleteArticle: (id) => deleteKbArticle(db, tenantId, id),

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

  // The tenant's article count is kept beside its term frequencies (the empty term), so counting reads one row.
  async countArticles() {
    const row = await db
      .prepare("SELECT df AS n FROM kb_terms WHERE tenant_id = ? AND term = ''")
      .bind(tenantId)
      .first<{ n: number }>()
    return row?.n ?? 0
  },

  async searchCandidates({ text, language, limit }) {
    const lang = primaryLanguage(language)
    const terms = toQueryTerms(text, lang)
    const inLanguage =
      lang === null ? [] : (await searchKbIndex(db, tenantId, { terms, language: lang, limit })).hits
    if (inLanguage.length >= limit) return inLanguage.map(toCandidate)
    // Fallback: fill up with articles in any language (e.g. an English-only KB answering a German ticket).
    const { hits } = await searchKbIndex(db, tenantId, {
      terms,
      language: null,
      limit: limit - inLanguage.length,
      excludeIds: inLanguage.map((hit) => hit.id),
    })
    return [...inLanguage, ...hits].map(toCandidate)
  },
})
