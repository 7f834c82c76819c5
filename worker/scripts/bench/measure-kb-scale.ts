import { ticketText, type Ticket } from '@deskmate/shared'
import { createKbRepo, type KbCandidate } from '../../src/db/kb-repo.ts'
import { primaryLanguage } from '../../src/db/kb-index-tokens.ts'
import { searchKbIndex } from '../../src/db/kb-search-index.ts'
import { detectLanguage } from '../../src/engines/local/language/detect-language.ts'
import { toQueryTerms } from '../../src/engines/local/retrieval/search-text.ts'
import { loadBenchTickets } from './bench-inputs.ts'
import { buildKb } from './build-kb.ts'
import { generateKbArticles } from './generate-kb-articles.ts'
import { putArticles, seedKbTenant, type KbTenant } from './kb-tenants.ts'
import { measureRerankCache, type RerankCache } from './measure-rerank-cache.ts'
import { runLoad, type LoadResult, type LoadTarget } from './run-load.ts'
import type { BenchWorker } from './start-bench-worker.ts'
import { summarizeSamples, type SampleSummary } from './summarize-samples.ts'

/** One knowledge-base size of one tenant: suggest beside the floor, rows read, a 20-article upsert, D1 size. */
export type KbSizeRow = {
  label: string
  articles: number
  suggest: LoadResult
  floor: LoadResult
  rowsRead: SampleSummary
  /** D1's own time for each candidate statement (`meta.timings.sql_duration_ms`), ms. */
  sqlMs: SampleSummary
  upsert20Ms: SampleSummary
  d1Bytes: number
  d1BytesPerArticle: number
  /** Seconds it took to grow the knowledge base to this size (articles through `PUT /v1/kb/articles`). */
  buildSeconds: number
}

/** Everything the KB bench measured. */
export type KbScale = { sizes: number[]; rows: KbSizeRow[]; rerank: RerankCache }

export type KbScaleOptions = { sizes: number[]; seconds: number; log: (message: string) => void }

const CANDIDATES = 20
const UPSERT_RUNS = 10

type D1 = Parameters<typeof createKbRepo>[0]

const suggestTarget = (tenant: KbTenant, tickets: readonly Ticket[]): LoadTarget => ({
  name: `POST /v1/kb/suggest (${tenant.account})`,
  method: 'POST',
  path: '/v1/kb/suggest',
  headers: { Authorization: `Bearer ${tenant.token}` },
  bodies: tickets.map((ticket) => JSON.stringify({ ticket, limit: 3 })),
  check: (status, body) => (status === 200 && body.includes('"articles"') ? null : `HTTP ${status}`),
})

const floorTarget: LoadTarget = {
  name: 'GET /healthz (floor)',
  method: 'GET',
  path: '/healthz',
  check: (status) => (status === 200 ? null : `HTTP ${status}`),
}

/** Rows D1 read per candidate statement, as the repository issues it (one statement per ticket). */
const candidateQueries = async (db: D1, tenant: KbTenant, tickets: readonly Ticket[]) => {
  const rows: number[] = []
  const sqlMs: number[] = []
  for (const ticket of tickets) {
    const text = ticketText(ticket)
    const language = primaryLanguage(detectLanguage(text).code)
    const terms = toQueryTerms(text, language)
    const run = await searchKbIndex(db, tenant.id, { terms, language, limit: CANDIDATES })
    rows.push(run.rowsRead)
    sqlMs.push(run.sqlMs)
  }
  return { rowsRead: summarizeSamples(rows), sqlMs: summarizeSamples(sqlMs) }
}

/** Wall ms of `PUT /v1/kb/articles` rewriting 20 existing articles with new text, several times. */
const timeUpserts = async (worker: BenchWorker, tenant: KbTenant, prefix: string, size: number) => {
  const times: number[] = []
  for (let run = 0; run < UPSERT_RUNS; run++) {
    const from = Math.floor(((run + 0.5) / UPSERT_RUNS) * (size - 20))
    const articles = generateKbArticles(20, { seed: 500 + run, prefix, from })
    const started = performance.now()
    await putArticles(worker, tenant, articles)
    times.push(performance.now() - started)
  }
  return summarizeSamples(times)
}

const d1Size = async (db: D1): Promise<number> =>
  Number((await db.prepare('SELECT 1').all()).meta.size_after ?? 0)

/**
 * The knowledge-base scale bench: a 1k-article tenant alone, a second tenant grown to each size, the first again
 * beside the largest; suggest idle latency beside the floor of the same run, rows read per candidate query, a
 * 20-article upsert, D1 bytes per article, and the re-ranker's cache and cold path.
 */
export const measureKbScale = async (worker: BenchWorker, options: KbScaleOptions): Promise<KbScale> => {
  const db = worker.db as unknown as D1
  const tickets = loadBenchTickets()
  const load = { concurrency: 1, warmupMs: 500, durationMs: options.seconds * 1000, maxRequests: 100_000 }
  const http = { ...load, baseUrl: worker.directUrl, timeoutMs: 15_000 }
  const small = await seedKbTenant(worker, 'kb-small')
  const large = await seedKbTenant(worker, 'kb-large')
  const baseline = await d1Size(db)
  const rows: KbSizeRow[] = []
  let generated = 0

  const measure = async (
    label: string,
    tenant: KbTenant,
    prefix: string,
    size: number,
    buildSeconds: number,
  ) => {
    options.log(`KB bench: measuring ${label}`)
    // One pass over every ticket first: the figures are the steady state of a warm isolate (the cold re-ranking
    // path is measured on its own below).
    const target = suggestTarget(tenant, tickets)
    await runLoad(target, { ...http, warmupMs: 0, durationMs: 60_000, maxRequests: tickets.length })
    const suggest = await runLoad(target, http)
    const floor = await runLoad(floorTarget, http)
    const { rowsRead, sqlMs } = await candidateQueries(db, tenant, tickets)
    const upsert20Ms = await timeUpserts(worker, tenant, prefix, size)
    const d1Bytes = await d1Size(db)
    const perArticle = (d1Bytes - baseline) / generated
    rows.push({
      label,
      articles: size,
      suggest,
      floor,
      rowsRead,
      sqlMs,
      upsert20Ms,
      d1Bytes,
      d1BytesPerArticle: perArticle,
      buildSeconds,
    })
  }
  const grow = async (tenant: KbTenant, prefix: string, from: number, to: number) => {
    options.log(`KB bench: growing ${tenant.account} from ${from} to ${to} articles`)
    const seconds = await buildKb(
      (articles) => putArticles(worker, tenant, articles),
      { prefix, from, to },
      (done) => {
        if (done % 10_000 === 0) options.log(`KB bench: ${tenant.account} at ${done} articles`)
      },
    )
    generated += to - from
    return seconds
  }

  const [first = 1_000, ...larger] = options.sizes
  const smallBuild = await grow(small, 'small', 0, first)
  await measure(`${first} articles, alone`, small, 'small', first, smallBuild)
  let size = 0
  for (const target of [first, ...larger]) {
    const seconds = await grow(large, 'large', size, target)
    size = target
    if (target !== first) await measure(`${target} articles`, large, 'large', target, seconds)
  }
  await measure(`${first} articles, beside a ${size}-article tenant`, small, 'small', first, 0)

  options.log('KB bench: re-ranker cache and cold path (Node)')
  const kb = createKbRepo(db, large.id)
  const queries: { text: string; candidates: KbCandidate[] }[] = []
  for (const ticket of tickets) {
    const text = ticketText(ticket)
    const language = detectLanguage(text).code
    queries.push({ text, candidates: await kb.searchCandidates({ text, language, limit: CANDIDATES }) })
  }
  return { sizes: options.sizes, rows, rerank: measureRerankCache(queries) }
}
