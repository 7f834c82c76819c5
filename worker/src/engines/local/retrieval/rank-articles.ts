import type { KbCandidate, StoredArticle } from '../../../db/kb-repo.ts'
import { hashFeatures, type FeatureConfig, type FeatureCounts } from '../text/hash-features.ts'
import { toSearchText } from './search-text.ts'

/** A re-ranked article with its combined score and calibrated confidence. */
export type RankedArticle = { article: StoredArticle; score: number; confidence: number }

/** Weights of the ranking score and of the logistic calibration; fitted on BANKING77 (CC BY 4.0) queries. */
export type RankingWeights = {
  passage: number
  bm25: number
  calibration: { bias: number; score: number; margin: number }
}

export const RANKING_WEIGHTS: RankingWeights = {
  passage: 1,
  bm25: 0.3,
  calibration: { bias: -4, score: 6, margin: 8 },
}

const PASSAGE_FEATURES: FeatureConfig = { bits: 20, charMin: 3, charMax: 5, wordNgrams: 2 }
/** Weights of the best, second and third passage similarity: an article matching several passages wins. */
const TOP_PASSAGES = [0.5, 0.3, 0.2] as const
const MAX_PASSAGES = 30
/** A ticket's opening says what it is about; the rest would only cost CPU. */
const MAX_QUERY_CHARS = 1_000

/** Title, example questions and the first lines of the body: the units a query is compared with. */
const toPassages = (article: StoredArticle): string[] => {
  const lines = article.body
    .split(/\n+|(?<=[.?!])\s+/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
  return [article.title, ...article.examples, ...lines].slice(0, MAX_PASSAGES)
}

/** Hashed passages per article version, reused across requests in this isolate (LRU). */
const passageCache = new Map<string, FeatureCounts[]>()
const PASSAGE_CACHE_SIZE = 2_000

const passageFeatures = (article: StoredArticle): FeatureCounts[] => {
  const key = `${article.id}\u0000${article.updatedAt}\u0000${article.title}\u0000${article.body.length}`
  const hit = passageCache.get(key)
  if (hit) {
    passageCache.delete(key)
    passageCache.set(key, hit)
    return hit
  }
  const features = toPassages(article).map((passage) => hashFeatures(toSearchText(passage), PASSAGE_FEATURES))
  passageCache.set(key, features)
  if (passageCache.size > PASSAGE_CACHE_SIZE) passageCache.delete(passageCache.keys().next().value as string)
  return features
}

type Vector = { buckets: Int32Array; values: Float32Array }

// Per-isolate scratch tables indexed by bucket: document frequencies and IDF of the current request's passages.
const documentFrequency = new Uint16Array(1 << PASSAGE_FEATURES.bits)
const inverseFrequency = new Float32Array(1 << PASSAGE_FEATURES.bits)
const WORD_BLOCK = 1 << (PASSAGE_FEATURES.bits - 1)

/** TF-IDF with the character block and the word block normalized separately (each to norm 1/√2). */
const weigh = (counts: FeatureCounts): Vector => {
  const { buckets } = counts
  const values = new Float32Array(buckets.length)
  let charNorm = 0
  let wordNorm = 0
  let firstWord = buckets.length
  for (let i = 0; i < buckets.length; i++) {
    const bucket = buckets[i] as number
    const value = (1 + Math.log(counts.counts[i] as number)) * ((inverseFrequency[bucket] as number) || 1)
    values[i] = value
    if (bucket >= WORD_BLOCK) {
      if (firstWord === buckets.length) firstWord = i
      wordNorm += value * value
    } else charNorm += value * value
  }
  const charScale = charNorm > 0 ? Math.SQRT1_2 / Math.sqrt(charNorm) : 0
  const wordScale = wordNorm > 0 ? Math.SQRT1_2 / Math.sqrt(wordNorm) : 0
  for (let i = 0; i < values.length; i++) values[i]! *= i < firstWord ? charScale : wordScale
  return { buckets, values }
}

const cosine = (a: Vector, b: Vector): number => {
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

/** Fills the IDF table from the passages' buckets; returns the touched buckets so they can be cleared. */
const fillInverseFrequency = (groups: FeatureCounts[][]): number[] => {
  const touched: number[] = []
  let passages = 0
  for (const group of groups)
    for (const counts of group) {
      passages++
      for (const bucket of counts.buckets) {
        if (documentFrequency[bucket] === 0) touched.push(bucket)
        documentFrequency[bucket]! += 1
      }
    }
  for (const bucket of touched) {
    inverseFrequency[bucket] = Math.log((1 + passages) / (1 + (documentFrequency[bucket] as number))) + 1
  }
  return touched
}

const clearInverseFrequency = (touched: number[]): void => {
  for (const bucket of touched) {
    documentFrequency[bucket] = 0
    inverseFrequency[bucket] = 0
  }
}

const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x))

/** Re-ranks full-text candidates by character n-gram similarity to their passages, with calibrated confidence. */
export const rankArticles = (
  query: string,
  candidates: KbCandidate[],
  weights: RankingWeights = RANKING_WEIGHTS,
): RankedArticle[] => {
  if (candidates.length === 0) return []
  const queryCounts = hashFeatures(toSearchText(query.slice(0, MAX_QUERY_CHARS)), PASSAGE_FEATURES)
  const passageCounts = candidates.map((candidate) => passageFeatures(candidate.article))
  // IDF over the candidates' passages: n-grams every article shares say nothing about which one fits.
  const touched = fillInverseFrequency(passageCounts)
  const queryVector = weigh(queryCounts)
  const topBm25 = Math.max(...candidates.map((candidate) => candidate.bm25), 1e-9)
  const scored = candidates.map((candidate, i) => {
    const similarities = (passageCounts[i] ?? []).map((counts) => cosine(queryVector, weigh(counts)))
    similarities.sort((a, b) => b - a)
    const passage = TOP_PASSAGES.reduce((sum, weight, k) => sum + weight * (similarities[k] ?? 0), 0)
    return {
      article: candidate.article,
      score: weights.passage * passage + weights.bm25 * (candidate.bm25 / topBm25),
    }
  })
  clearInverseFrequency(touched)
  scored.sort((a, b) => b.score - a.score)
  const { calibration } = weights
  return scored.map((entry, i) => {
    const next = scored[i + 1]?.score ?? 0
    const margin = i === 0 ? entry.score - next : entry.score - (scored[0]?.score ?? entry.score)
    const z = calibration.bias + calibration.score * entry.score + calibration.margin * margin
    return { ...entry, score: Number(entry.score.toFixed(4)), confidence: Number(sigmoid(z).toFixed(3)) }
  })
}
