import type { StoredArticle } from '../../../db/kb-repo.ts'
import { articleCacheKey, createFeatureCache } from './article-feature-cache.ts'
import {
  buildArticleFeatures,
  CHAR_BLOCK,
  type ArticleFeatures,
  type CharCounts,
} from './build-article-features.ts'

export {
  PASSAGE_FEATURES,
  termFrequency,
  toCharCounts,
  type ArticleFeatures,
  type CharCounts,
  type Passages,
} from './build-article-features.ts'

/** A sparse vector over sorted buckets. */
export type Vector = { buckets: Int32Array; values: Float32Array }

/** Hashed articles, reused across requests in this isolate (LRU bounded by bytes). */
const cache = createFeatureCache()

/** How full the isolate's article cache is, for the bench and tests. */
export const articleCacheUsage = (): { entries: number; bytes: number; maxBytes: number } => ({
  entries: cache.size,
  bytes: cache.calculatedSize,
  maxBytes: cache.maxSize,
})

/** Empties the isolate's article cache (the cold path of the bench and tests). */
export const clearArticleCache = (): void => cache.clear()

/** The character n-grams of an article's title and passages, cached per article content. */
export const articleFeatures = (article: StoredArticle): ArticleFeatures => {
  const key = articleCacheKey(article)
  const hit = cache.get(key)
  if (hit) return hit
  const features = buildArticleFeatures(article)
  cache.set(key, features)
  return features
}

// Per-isolate scratch tables indexed by bucket (document frequency, IDF); cleared after use.
const documentFrequency = new Uint16Array(CHAR_BLOCK)
const inverseFrequency = new Float32Array(CHAR_BLOCK)

/** Fills the IDF table from every title and passage of the candidates; returns what to clear afterwards. */
export const fillInverseFrequency = (
  articles: ArticleFeatures[],
): { touched: number[]; unseenIdf: number } => {
  const touched: number[] = []
  let documents = 0
  for (const { vocabulary, documentCounts, documents: texts } of articles) {
    documents += texts
    for (let i = 0; i < vocabulary.length; i++) {
      const bucket = vocabulary[i] as number
      if (documentFrequency[bucket] === 0) touched.push(bucket)
      documentFrequency[bucket]! += documentCounts[i] as number
    }
  }
  for (const bucket of touched) {
    inverseFrequency[bucket] = Math.log((1 + documents) / (1 + (documentFrequency[bucket] as number))) + 1
  }
  return { touched, unseenIdf: Math.log(1 + documents) + 1 }
}

/** The IDF of a bucket from the table filled for this request (0 when no candidate contains it). */
export const inverseFrequencyOf = (bucket: number): number => inverseFrequency[bucket] as number

/** Resets the IDF table for the next request. */
export const clearInverseFrequency = (touched: number[]): void => {
  for (const bucket of touched) {
    documentFrequency[bucket] = 0
    inverseFrequency[bucket] = 0
  }
}

/** Sublinear TF-IDF, L2-normalized; n-grams no candidate contains get the highest IDF seen. */
export const weigh = (counts: CharCounts, unseenIdf = 1): Vector => {
  const values = new Float32Array(counts.buckets.length)
  let norm = 0
  for (let i = 0; i < values.length; i++) {
    const idf = (inverseFrequency[counts.buckets[i] as number] as number) || unseenIdf
    const value = (counts.tf[i] as number) * idf
    values[i] = value
    norm += value * value
  }
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0
  for (let i = 0; i < values.length; i++) values[i]! *= scale
  return { buckets: counts.buckets, values }
}

/** Dot product of two sparse vectors (cosine when both are normalized). */
export const dot = (a: Vector, b: Vector): number => {
  let sum = 0
  let i = 0
  let j = 0
  while (i < a.buckets.length && j < b.buckets.length) {
    const x = a.buckets[i] as number
    const y = b.buckets[j] as number
    if (x === y) sum += (a.values[i++] as number) * (b.values[j++] as number)
    else if (x < y) i++
    else j++
  }
  return sum
}
