import type { KnowledgeArticle, KnowledgeArticlesQuery, KnowledgeLanguage } from '@deskmate/shared'
import { primaryLanguage } from './kb-index-tokens.ts'
import { likePattern } from './like-pattern.ts'

type ArticleRow = {
  id: string
  title: string
  locale: string
  url: string | null
  examples: number
  synced: number
  updated_at: string
  total: number
}

/** The search (?2, a LIKE pattern) and language (?3) filters, each off when null. */
const MATCHES = `(?2 IS NULL OR a.title LIKE ?2 ESCAPE '\\' OR a.id LIKE ?2 ESCAPE '\\')
  AND (?3 IS NULL OR lower(a.locale) = ?3 OR lower(a.locale) LIKE ?3 || '-%')`

/** SQL for the console's Knowledge section: what the tenant's KB index holds, per language and page by page. */
export const createKbInventoryRepo = (db: D1Database, tenantId: string) => {
  /** How many articles match (for a page past the last one, which returns no row to carry the total). */
  const count = async (q: string | null, language: string | null): Promise<number> => {
    const row = await db
      .prepare(`SELECT COUNT(*) AS total FROM kb_articles a WHERE a.tenant_id = ?1 AND ${MATCHES}`)
      .bind(tenantId, q, language)
      .first<{ total: number }>()
    return row?.total ?? 0
  }
  return {
    /** Articles and example questions per primary language (`en-us` and `en` count as `en`), most articles first. */
    async countByLanguage(): Promise<KnowledgeLanguage[]> {
      const { results } = await db
        .prepare(
          `SELECT locale, COUNT(*) AS articles, COALESCE(SUM(json_array_length(examples_json)), 0) AS examples
         FROM kb_articles WHERE tenant_id = ? GROUP BY locale`,
        )
        .bind(tenantId)
        .all<{ locale: string; articles: number; examples: number }>()
      const byLanguage = new Map<string, KnowledgeLanguage>()
      for (const row of results) {
        const language = primaryLanguage(row.locale) ?? row.locale
        const seen = byLanguage.get(language) ?? { language, articles: 0, examples: 0 }
        byLanguage.set(language, {
          language,
          articles: seen.articles + row.articles,
          examples: seen.examples + row.examples,
        })
      }
      return [...byLanguage.values()].sort(
        (a, b) => b.articles - a.articles || a.language.localeCompare(b.language),
      )
    },

    /** A page of articles ordered by title, searched by title or id; `total` counts every match. */
    async listArticles(query: KnowledgeArticlesQuery): Promise<{ items: KnowledgeArticle[]; total: number }> {
      const q = query.q ? likePattern(query.q) : null
      const language = query.language?.toLowerCase() ?? null
      const { results } = await db
        .prepare(
          `SELECT a.id, a.title, a.locale, a.url, json_array_length(a.examples_json) AS examples,
           EXISTS (SELECT 1 FROM kb_sync_articles s WHERE s.tenant_id = a.tenant_id AND s.local_id = a.id) AS synced,
           a.updated_at, COUNT(*) OVER () AS total
         FROM kb_articles a
         WHERE a.tenant_id = ?1 AND ${MATCHES}
         ORDER BY a.title COLLATE NOCASE, a.id LIMIT ?4 OFFSET ?5`,
        )
        .bind(tenantId, q, language, query.limit, query.offset)
        .all<ArticleRow>()
      const total = results[0]?.total ?? (query.offset > 0 ? await count(q, language) : 0)
      return {
        total,
        items: results.map((row) => ({
          id: row.id,
          title: row.title,
          language: row.locale,
          url: row.url,
          examples: row.examples,
          synced: row.synced === 1,
          updatedAt: row.updated_at,
        })),
      }
    },
  }
}
