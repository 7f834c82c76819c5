import type { KbCandidate, StoredArticle } from '../../../db/kb-repo.ts'
import { hashFeatures, type FeatureConfig, type FeatureCounts } from '../text/hash-features.ts'

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
  bm25: 0.15,
  calibration: { bias: -4, score: 6, margin: 8 },
}

const PASSAGE_FEATURES: FeatureConfig = { bits: 20, charMin: 3, charMax: 5, wordNgrams: 1 }
const MAX_PASSAGES = 30

/** Title, example questions and the first lines of the body: the units a query is compared with. */
const toPassages = (article: StoredArticle): string[] => {
  const lines = article.body
    .split(/\n+|(?<=[.?!])\s+/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
  return [article.title, ...article.examples, ...lines].slice(0, MAX_PASSAGES)
}

type Vector = { buckets: Int32Array; values: Float32Array }

const weigh = (counts: FeatureCounts, idf: Map<number, number>): Vector => {
  const values = new Float32Array(counts.buckets.length)
  let norm = 0
  counts.buckets.forEach((bucket, i) => {
    const value = (1 + Math.log(counts.counts[i] as number)) * (idf.get(bucket) ?? 1)
    values[i] = value
    norm += value * value
  })
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0
  for (let i = 0; i < values.length; i++) values[i]! *= scale
  return { buckets: counts.buckets, values }
}

const cosine = (a: Vector, b: Vector): number => {
  let sum = 0
  let j = 0
  for (let i = 0; i < a.buckets.length && j < b.buckets.length; i++) {
    const bucket = a.buckets[i] as number
    while (j < b.buckets.length && (b.buckets[j] as number) < bucket) j++
    if (b.buckets[j] === bucket) sum += (a.values[i] as number) * (b.values[j] as number)
  }
  return sum
}

const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x))

/** Re-ranks full-text candidates by character n-gram similarity to their passages, with calibrated confidence. */
export const rankArticles = (
  query: string,
  candidates: KbCandidate[],
  weights: RankingWeights = RANKING_WEIGHTS,
): RankedArticle[] => {
  if (candidates.length === 0) return []
  const queryCounts = hashFeatures(query, PASSAGE_FEATURES)
  const passageCounts = candidates.map((candidate) =>
    toPassages(candidate.article).map((passage) => hashFeatures(passage, PASSAGE_FEATURES)),
  )
  // IDF over the candidates' passages: n-grams every article shares say nothing about which one fits.
  const df = new Map<number, number>()
  let passages = 0
  for (const group of passageCounts)
    for (const counts of group) {
      passages++
      for (const bucket of counts.buckets) df.set(bucket, (df.get(bucket) ?? 0) + 1)
    }
  const idf = new Map<number, number>()
  for (const [bucket, count] of df) idf.set(bucket, Math.log((1 + passages) / (1 + count)) + 1)
  const queryVector = weigh(queryCounts, idf)
  const topBm25 = Math.max(...candidates.map((candidate) => candidate.bm25), 1e-9)
  const scored = candidates.map((candidate, i) => {
    const similarities = (passageCounts[i] ?? []).map((counts) => cosine(queryVector, weigh(counts, idf)))
    similarities.sort((a, b) => b - a)
    const best = similarities[0] ?? 0
    const second = similarities[1] ?? best
    const passage = 0.7 * best + 0.3 * second
    return { article: candidate.article, score: weights.passage * passage + weights.bm25 * (candidate.bm25 / topBm25) }
  })
  scored.sort((a, b) => b.score - a.score)
  const { calibration } = weights
  return scored.map((entry, i) => {
    const next = scored[i + 1]?.score ?? 0
    const margin = i === 0 ? entry.score - next : entry.score - (scored[0]?.score ?? entry.score)
    const z = calibration.bias + calibration.score * entry.score + calibration.margin * margin
    return { ...entry, score: Number(entry.score.toFixed(4)), confidence: Number(sigmoid(z).toFixed(3)) }
  })
}
