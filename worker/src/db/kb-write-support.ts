import { MAX_TEXT_CHARS } from '../engines/local/text/normalize-text.ts'

/** What a write needs to know of an article already stored: its index key and the text its index holds. */
export type CurrentArticle = {
  doc: number
  title: string
  /** The start of the body: the index holds words of the first MAX_TEXT_CHARS characters only. */
  body: string
  locale: string
  examples: string[]
}

/** The articles of a write as stored now, and a fingerprint of their revisions to detect a concurrent write. */
export type CurrentState = { articles: Map<string, CurrentArticle>; fingerprint: string }

// Bound parameters stay well below D1's 2 MB limit on a string.
const MAX_JSON_CHARS = 500_000

const FINGERPRINT = `SELECT coalesce(group_concat(id || ':' || revision || ':' || updated_at, ',' ORDER BY id), '')
  AS fingerprint FROM kb_articles WHERE tenant_id = ?1 AND id IN (SELECT value FROM json_each(?2))`

type CurrentRow = {
  doc: number
  id: string
  title: string
  body: string
  locale: string
  examples_json: string
}

/** Reads the articles with these ids and their fingerprint in one round trip. */
export const readCurrentArticles = async (
  db: D1Database,
  tenantId: string,
  ids: string[],
): Promise<CurrentState> => {
  const idsJson = JSON.stringify(ids)
  const [rows, fingerprint] = await db.batch<unknown>([
    db
      .prepare(
        `SELECT doc, id, title, substr(body, 1, ${MAX_TEXT_CHARS}) AS body, locale, examples_json
         FROM kb_articles WHERE tenant_id = ?1 AND id IN (SELECT value FROM json_each(?2))`,
      )
      .bind(tenantId, idsJson),
    db.prepare(FINGERPRINT).bind(tenantId, idsJson),
  ])
  const articles = new Map(
    ((rows?.results ?? []) as CurrentRow[]).map((row) => [
      row.id,
      {
        doc: row.doc,
        title: row.title,
        body: row.body,
        locale: row.locale,
        examples: JSON.parse(row.examples_json) as string[],
      },
    ]),
  )
  const [first] = (fingerprint?.results ?? []) as { fingerprint: string }[]
  return { articles, fingerprint: first?.fingerprint ?? '' }
}

/**
 * The first statement of a write: fails the whole batch (an invalid JSON literal raises an error) when another
 * write changed these articles since they were read, so term frequencies are never counted twice.
 */
export const guardStatement = (
  db: D1Database,
  tenantId: string,
  ids: string[],
  fingerprint: string,
): D1PreparedStatement =>
  db
    .prepare(`SELECT CASE WHEN (${FINGERPRINT}) IS NOT ?3 THEN json('kb_articles changed concurrently') END`)
    .bind(tenantId, JSON.stringify(ids), fingerprint)

/** Splits items into JSON arrays of bounded size. */
export const toJsonChunks = (items: unknown[]): string[] => {
  const chunks: string[] = []
  let current: string[] = []
  let size = 0
  for (const item of items) {
    const json = JSON.stringify(item)
    if (current.length > 0 && size + json.length > MAX_JSON_CHARS) {
      chunks.push(`[${current.join(',')}]`)
      current = []
      size = 0
    }
    current.push(json)
    size += json.length + 1
  }
  if (current.length > 0) chunks.push(`[${current.join(',')}]`)
  return chunks
}

/** Applies per-term changes of a tenant's document frequencies and drops terms no article holds any more. */
export const termDeltaStatements = (
  db: D1Database,
  tenantId: string,
  deltas: Map<string, number>,
): D1PreparedStatement[] =>
  toJsonChunks([...deltas].filter(([, delta]) => delta !== 0)).flatMap((chunk) => [
    db
      .prepare(
        `INSERT INTO kb_terms (tenant_id, term, df)
         SELECT ?1, value ->> 0, value ->> 1 FROM json_each(?2) WHERE true
         ON CONFLICT (tenant_id, term) DO UPDATE SET df = df + excluded.df`,
      )
      .bind(tenantId, chunk),
    db
      .prepare(
        `DELETE FROM kb_terms
         WHERE tenant_id = ?1 AND term IN (SELECT value ->> 0 FROM json_each(?2)) AND df <= 0`,
      )
      .bind(tenantId, chunk),
  ])

/** Adds `by` to the frequency of every word in `words`. */
export const countWords = (deltas: Map<string, number>, words: Iterable<string>, by: 1 | -1): void => {
  for (const word of words) deltas.set(word, (deltas.get(word) ?? 0) + by)
}

/**
 * Runs a read-then-write operation; when its batch fails because another write changed the same articles in
 * between, reads again and retries (a few times), otherwise rethrows.
 */
export const withConcurrentRetry = async <T>(
  attempt: () => Promise<{ run: () => Promise<T>; isStale: () => Promise<boolean> }>,
  attempts = 3,
): Promise<T> => {
  for (let i = 1; ; i++) {
    const { run, isStale } = await attempt()
    try {
      return await run()
    } catch (err) {
      if (i >= attempts || !(await isStale())) throw err
    }
  }
}
