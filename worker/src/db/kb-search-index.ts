import { tenantIndexKey } from './kb-index-tokens.ts'

/** Most postings a search reads: it keeps the rarest query terms whose document frequencies sum to this. */
export const KB_POSTING_BUDGET = 2_000
/** Most terms a search ORs together. */
export const KB_MATCH_TERMS = 32

/** Longest body a search result carries; ranking and snippets need the start of an article only. */
const SEARCH_BODY_CHARS = 4_000

/** A full-text hit as D1 returns it; `score` is FTS5's bm25 (lower is better). */
export type IndexHitRow = {
  id: string
  title: string
  body: string
  locale: string
  url: string | null
  examples_json: string
  updated_at: string
  score: number
}

/** What one index search asks: the query's terms, the ticket's language, how many hits (and which not). */
export type IndexSearch = {
  terms: string[]
  /** The ticket's primary language: hits in it come first, then the others (best first within each). */
  language: string | null
  limit: number
  excludeIds?: string[]
  /** Postings to read at most; KB_POSTING_BUDGET unless a test or bench sets another. */
  budget?: number
}

// An article's primary language as primaryLanguage (kb-index-tokens.ts) reads it from the locale: the part before
// the first hyphen, lower-cased. Compared with a valid code only, so an invalid locale never equals it.
const ARTICLE_LANGUAGE = `lower(CASE WHEN instr(a.locale, '-') > 0 THEN substr(a.locale, 1, instr(a.locale, '-') - 1)
  ELSE a.locale END)`

// One statement, one round trip:
// 1. `stats`: the tenant's document frequency of each query term, rarest first, with the running sum; `size`: the
//    tenant's article count, kept beside its term frequencies (the empty term).
// 2. `chosen`: the rarest terms while that sum stays within the budget (all of them when the whole knowledge base
//    is smaller than the budget; always the rarest one), at most ?3 terms.
// 3. `matched`: the tenant's postings of those terms (the MATCH carries the tenant key, so no other tenant's
//    postings are read), capped at the budget even if the statistics were off; bm25 weighs title 2, body 1,
//    examples 1.5 and the language token 0, so a hit scores the same whatever its language.
// 4. Which hits are in the ticket's language (?7): within the budget, one key lookup of each hit's article; in a
//    larger knowledge base, where the hits' articles are spread over many pages, `same` intersects the same terms
//    with the language token in the index instead (no bm25). Index results come in rowid order and `same` only
//    narrows the hits, so its first ?4 rows hold every hit in the language.
// 5. `best`: the top hits, those in the ticket's language first, before the article rows are read, so only ?6
//    articles are (CROSS JOIN keeps that order: the planner would otherwise walk the tenant's articles and probe
//    the hits).
const SQL = `
WITH stats AS (
  SELECT term,
    ROW_NUMBER() OVER (ORDER BY df, term) AS position,
    SUM(df) OVER (ORDER BY df, term ROWS UNBOUNDED PRECEDING) AS reach
  FROM kb_terms
  WHERE tenant_id = ?1 AND term IN (SELECT value FROM json_each(?2)) AND term <> ''
),
size AS MATERIALIZED (
  SELECT coalesce((SELECT df FROM kb_terms WHERE tenant_id = ?1 AND term = ''), 0) AS articles
),
chosen AS (
  SELECT term FROM stats
  WHERE position <= ?3 AND (position = 1 OR reach <= ?4 OR (SELECT articles FROM size) <= ?4)
),
terms AS MATERIALIZED (
  SELECT coalesce('(' || group_concat('"' || ?5 || 'x' || term || '"', ' OR ') || ')', '"' || ?5 || 'z"') AS query
  FROM chosen
),
matched AS (
  SELECT rowid AS doc, bm25(kb_index, 0, 2.0, 1.0, 1.5) AS score
  FROM kb_index
  WHERE kb_index MATCH (SELECT query FROM terms)
  LIMIT ?4
),
same AS MATERIALIZED (
  SELECT rowid AS doc FROM kb_index
  WHERE ?7 <> '' AND (SELECT articles FROM size) > ?4
    AND kb_index MATCH (SELECT 'lang : "' || ?5 || 'y' || ?7 || '" AND ' || query FROM terms)
  LIMIT ?4
),
best AS MATERIALIZED (
  SELECT m.doc, m.score,
    CASE WHEN ?7 = '' THEN 0
      WHEN (SELECT articles FROM size) > ?4 THEN m.doc IN (SELECT doc FROM same)
      ELSE (SELECT ${ARTICLE_LANGUAGE} = ?7 FROM kb_articles a WHERE a.doc = m.doc) END AS same_language
  FROM matched m
  WHERE m.doc NOT IN (SELECT doc FROM kb_articles
    WHERE tenant_id = ?1 AND id IN (SELECT value FROM json_each(?8)))
  ORDER BY same_language DESC, m.score, m.doc LIMIT ?6
)
SELECT a.id, a.title, substr(a.body, 1, ${SEARCH_BODY_CHARS}) AS body, a.locale, a.url, a.examples_json,
  a.updated_at, best.score
FROM best CROSS JOIN kb_articles a ON a.doc = best.doc
WHERE a.tenant_id = ?1
ORDER BY best.same_language DESC, best.score, best.doc`

/** The statement of one index search (rows are IndexHitRow). */
const kbIndexStatement = (db: D1Database, tenantId: string, search: IndexSearch): D1PreparedStatement =>
  db
    .prepare(SQL)
    .bind(
      tenantId,
      JSON.stringify(search.terms),
      KB_MATCH_TERMS,
      search.budget ?? KB_POSTING_BUDGET,
      tenantIndexKey(tenantId),
      search.limit,
      search.language ?? '',
      JSON.stringify(search.excludeIds ?? []),
    )

/**
 * Searches one tenant's full-text index; returns the hits (best first), the rows D1 read for them (bounded by the
 * posting budget whatever the size of this or any other tenant's knowledge base) and D1's time for the statement.
 */
export const searchKbIndex = async (
  db: D1Database,
  tenantId: string,
  search: IndexSearch,
): Promise<{ hits: IndexHitRow[]; rowsRead: number; sqlMs: number }> => {
  if (search.terms.length === 0) return { hits: [], rowsRead: 0, sqlMs: 0 }
  const { results, meta } = await kbIndexStatement(db, tenantId, search).all<IndexHitRow>()
  const timings = (meta as { timings?: { sql_duration_ms?: number } }).timings
  return {
    hits: results,
    rowsRead: Number(meta.rows_read ?? 0),
    sqlMs: Number(timings?.sql_duration_ms ?? 0),
  }
}
