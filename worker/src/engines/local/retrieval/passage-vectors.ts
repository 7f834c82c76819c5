import type { StoredArticle } from '../../../db/kb-repo.ts'
import { hashFeatures, type FeatureConfig, type FeatureCounts } from '../text/hash-features.ts'
import { articleTerms, type ArticleTerms } from './content-terms.ts'
import { toSearchText } from './search-text.ts'

/** Character 3–5-grams of stemmed words; word n-grams are hashed too but the ranking does not read them. */
export const PASSAGE_FEATURES: FeatureConfig = { bits: 20, charMin: 3, charMax: 5, wordNgrams: 1 }
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
  const lines = article.body
    .split(/\n+|(?<=[.?!])\s+/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
  return [...new Set([...article.examples, ...lines])].slice(0, MAX_PASSAGES)
}

/** Gathers an article's texts over one sorted vocabulary. */
const toArticleFeatures = (title: CharCounts, texts: CharCounts[], terms: ArticleTerms): ArticleFeatures => {
  const counts = new Map<number, number>()
  for (const text of [title, ...texts])
    for (const bucket of text.buckets) counts.set(bucket, (counts.get(bucket) ?? 0) + 1)
  const vocabulary = Int32Array.from(counts.keys()).sort()
  const position = new Map<number, number>()
  const documentCounts = new Uint16Array(vocabulary.length)
  vocabulary.forEach((bucket, i) => {
    position.set(bucket, i)
    documentCounts[i] = counts.get(bucket) as number
  })
  const passages = texts.map((text) => ({
    positions: Uint32Array.from(text.buckets, (bucket) => position.get(bucket) as number),
    tf: text.tf,
  }))
  return { title, passages, vocabulary, documentCounts, documents: 1 + texts.length, terms }
}

/** Hashed articles per version, reused across requests in this isolate (LRU). */
const cache = new Map<string, ArticleFeatures>()
const CACHE_SIZE = 2_000

/** The character n-grams of an article's title and passages, cached per article version. */
export const articleFeatures = (article: StoredArticle): ArticleFeatures => {
  const key = `${article.id}\u0000${article.updatedAt}\u0000${article.title}\u0000${article.body.length}`
  const hit = cache.get(key)
  if (hit) {
    cache.delete(key)
    cache.set(key, hit)
    return hit
  }
  const passages = toPassages(article)
  const features = toArticleFeatures(
    toCharCounts(article.title),
    passages.map(toCharCounts),
    articleTerms(article, passages),
  )
  cache.set(key, features)
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string)
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
