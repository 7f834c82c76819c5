import type { KbArticle } from '@deskmate/shared'
import { chunkForBinding, placeholders } from './bind-chunks.ts'
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
    const lang = primaryLanguage(language) ?? language.toLowerCase()
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
    // The articles in the ticket's language first, then the others (e.g. an English-only KB answering a German
    // ticket), in one statement.
    const { hits } = await searchKbIndex(db, tenantId, { terms, language: lang, limit })
    return hits.map(toCandidate)
  },
})
