import type { StoredArticle } from '../../../db/kb-repo.ts'
import { articleCacheKey, createFeatureCache } from './article-feature-cache.ts'
import { buildArticleFeatures, type ArticleFeatures, type CharCounts } from './build-article-features.ts'

export {
  documentsOf,
  PASSAGE_FEATURES,
  termFrequency,
  toCharCounts,
  type ArticleFeatures,
  type CharCounts,
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

/** Sublinear TF-IDF, L2-normalized, with the IDF of each bucket (all 1 when absent). */
export const weigh = (counts: Pick<CharCounts, 'buckets' | 'tf'>, idf?: ArrayLike<number>): Vector => {
  const values = new Float32Array(counts.buckets.length)
  let norm = 0
  for (let i = 0; i < values.length; i++) {
    const weight = idf ? (idf[i] as number) : 1
    const value = (counts.tf[i] as number) * weight
    values[i] = value
    norm += value * value
  }
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0
  for (let i = 0; i < values.length; i++) values[i]! *= scale
  return { buckets: counts.buckets, values }
}
