import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import type { KbCandidate } from '../../src/db/kb-repo.ts'
import {
  articleCacheUsage,
  articleFeatures,
  clearArticleCache,
} from '../../src/engines/local/retrieval/passage-vectors.ts'
import { rankArticles } from '../../src/engines/local/retrieval/rank-articles.ts'
import { generateKbArticles } from './generate-kb-articles.ts'
import { summarizeSamples, type SampleSummary } from './summarize-samples.ts'

/** The re-ranker's article cache when full, and the CPU of re-ranking with a cold and a warm cache. */
export type RerankCache = {
  /** Entries and estimated bytes of the cache after far more articles than fit went through it. */
  full: { entries: number; bytes: number; maxBytes: number; articlesSeen: number }
  /** What the full cache holds on to: V8 heap plus array buffers after a full GC, minus the same when empty, MiB. */
  heapGrowthMiB: number
  /** CPU ms per query re-ranking its candidates with an empty cache, then with the same candidates cached. */
  coldCpuMs: SampleSummary
  warmCpuMs: SampleSummary
  candidatesPerQuery: number
}

// A full garbage collection on demand, without starting Node with --expose-gc.
setFlagsFromString('--expose-gc')
const collectGarbage = runInNewContext('gc') as () => void

const retainedBytes = (): number => {
  // Twice: array buffers of objects found dead by one collection are released by the next.
  collectGarbage()
  collectGarbage()
  const { heapUsed, arrayBuffers } = process.memoryUsage()
  return heapUsed + arrayBuffers
}

const cpuMs = (run: () => void): number => {
  const before = process.cpuUsage()
  run()
  const used = process.cpuUsage(before)
  return (used.user + used.system) / 1000
}

/**
 * Measures in Node (V8, as in workerd) the re-ranker over real candidate lists: cold (cache emptied before each
 * query, so every candidate is hashed) and warm; then fills the cache with generated articles well past its
 * byte budget and reports how full it is.
 */
export const measureRerankCache = (
  queries: { text: string; candidates: KbCandidate[] }[],
  fillArticles = 4_000,
): RerankCache => {
  // Warm up the JIT on other articles first, so the cold figures measure hashing, not compilation.
  for (const article of generateKbArticles(200, { seed: 99, prefix: 'jit' }))
    articleFeatures({ ...article, url: null, examples: article.examples ?? [], updatedAt: 'x' })
  const cold: number[] = []
  const warm: number[] = []
  for (let pass = 0; pass < 3; pass++)
    for (const { text, candidates } of queries) {
      clearArticleCache()
      cold.push(cpuMs(() => rankArticles(text, candidates)))
      warm.push(cpuMs(() => rankArticles(text, candidates)))
    }

  const fill = generateKbArticles(fillArticles, { seed: 7, prefix: 'fill' }).map((article) => ({
    ...article,
    url: null,
    examples: article.examples ?? [],
    updatedAt: 'x',
  }))
  clearArticleCache()
  const before = retainedBytes()
  for (const article of fill) articleFeatures(article)
  const heapGrowthMiB = (retainedBytes() - before) / 2 ** 20
  const usage = articleCacheUsage()
  clearArticleCache()
  return {
    full: { ...usage, articlesSeen: fillArticles },
    heapGrowthMiB,
    coldCpuMs: summarizeSamples(cold),
    warmCpuMs: summarizeSamples(warm),
    candidatesPerQuery: Math.round(queries.reduce((n, q) => n + q.candidates.length, 0) / queries.length),
  }
}
