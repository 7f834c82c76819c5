import type { StoredArticle } from '../../../db/kb-repo.ts'
import { hashFeatures, type FeatureConfig, type FeatureCounts } from '../text/hash-features.ts'
import { articleCacheKey, createFeatureCache } from './article-feature-cache.ts'
import { articleTerms, type ArticleTerms } from './content-terms.ts'
import { toSearchText } from './search-text.ts'

/** Character 3–5-grams of stemmed words (no word features: the ranking does not read them). */
export const PASSAGE_FEATURES: FeatureConfig = { bits: 20, charMin: 3, charMax: 5, wordNgrams: 0 }
const CHAR_BLOCK = 1 << (PASSAGE_FEATURES.bits - 1)
const MAX_PASSAGES = 30

/** Sorted character n-gram buckets of one text with their raw counts and sublinear term frequencies. */
export type CharCounts = FeatureCounts & { tf: Float32Array }

/** A passage as positions in its article's vocabulary, with sublinear term frequencies. */
export type Passage = { positions: Uint32Array; tf: Float32Array }

/**
 * An article's title and its passages (example questions, then body sentences). The passages point into the
 * article's own vocabulary, the sorted buckets of its title and passages, so ranking works on small arrays.
 */
export type ArticleFeatures = {
  title: CharCounts
  passages: Passage[]
  vocabulary: Int32Array
  /** In how many of the article's texts (title and passages) each vocabulary bucket occurs. */
  documentCounts: Uint16Array
  /** The article's texts: its title and its passages. */
  documents: number
  /** The article's word stems, for term coverage. */
  terms: ArticleTerms
}

/** A sparse vector over sorted buckets. */
export type Vector = { buckets: Int32Array; values: Float32Array }

/** Hashes a text and keeps the character block (word buckets sort after every character bucket). */
export const toCharCounts = (text: string): CharCounts => {
  const { buckets, counts } = hashFeatures(toSearchText(text), PASSAGE_FEATURES)
  let end = 0
  while (end < buckets.length && (buckets[end] as number) < CHAR_BLOCK) end++
  const tf = new Float32Array(end)
  for (let i = 0; i < end; i++) tf[i] = 1 + Math.log(counts[i] as number)
  return { buckets: buckets.subarray(0, end), counts: counts.subarray(0, end), tf }
}

const toPassages = (article: StoredArticle): string[] => {
  // A sentence end followed by blanks becomes a line break, then lines are split (no look-behind to retry).
  const lines = article.body
    .replace(/([.?!])\s+/g, '$1\n')
    .split(/\n+/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
  return [...new Set([...article.examples, ...lines])].slice(0, MAX_PASSAGES)
}

/** Gathers an article's texts over one sorted vocabulary. */
const toArticleFeatures = (title: CharCounts, texts: CharCounts[], terms: ArticleTerms): ArticleFeatures => {
  // Typed arrays instead of maps: this runs for every candidate the cache misses (the cold re-ranking path).
  const all = new Int32Array(texts.reduce((n, text) => n + text.buckets.length, title.buckets.length))
  let offset = 0
  for (const text of [title, ...texts]) {
    all.set(text.buckets, offset)
    offset += text.buckets.length
  }
  all.sort()
  // Each text's buckets are unique, so a bucket's run length in `all` is the number of texts holding it.
  let distinct = 0
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) distinct++
  const vocabulary = new Int32Array(distinct)
  const documentCounts = new Uint16Array(distinct)
  for (let i = 0, v = -1; i < all.length; i++) {
    if (i === 0 || all[i] !== all[i - 1]) vocabulary[++v] = all[i] as number
    documentCounts[v]! += 1
  }
  const positionOf = (bucket: number): number => {
    let low = 0
    let high = vocabulary.length - 1
    while (low < high) {
      const mid = (low + high) >>> 1
      if ((vocabulary[mid] as number) < bucket) low = mid + 1
      else high = mid
    }
    return low
  }
  const passages = texts.map((text) => {
    // A plain loop: TypedArray.from with a mapping function takes V8's slow generic path.
    const positions = new Uint32Array(text.buckets.length)
    for (let i = 0; i < positions.length; i++) positions[i] = positionOf(text.buckets[i] as number)
    return { positions, tf: text.tf }
  })
  return { title, passages, vocabulary, documentCounts, documents: 1 + texts.length, terms }
}

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
  const passages = toPassages(article)
  const features = toArticleFeatures(
    toCharCounts(article.title),
    passages.map(toCharCounts),
    articleTerms(article, passages),
  )
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
