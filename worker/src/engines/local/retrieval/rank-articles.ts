import type { KbCandidate, StoredArticle } from '../../../db/kb-repo.ts'
import {
  articleFeatures,
  centroidCosine,
  clearInverseFrequency,
  dot,
  fillInverseFrequency,
  toCharCounts,
  weigh,
} from './passage-vectors.ts'

/** A re-ranked article with its combined score and calibrated confidence. */
export type RankedArticle = { article: StoredArticle; score: number; confidence: number }

/** Weights of the ranking score and of the logistic calibration; fitted on BANKING77 (CC BY 4.0) queries. */
export type RankingWeights = {
  centroid: number
  title: number
  bm25: number
  calibration: { bias: number; score: number; margin: number }
}

export const RANKING_WEIGHTS: RankingWeights = {
  centroid: 1.5,
  title: 0.39,
  bm25: 0.38,
  calibration: { bias: -2.52, score: 2.51, margin: 7.31 },
}

/** A ticket's opening says what it is about; the rest would only cost CPU. */
const MAX_QUERY_CHARS = 1_000

const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x))

/**
 * Re-ranks full-text candidates: character n-gram TF-IDF cosine between the query and each article's centroid
 * of passages (nearest centroid) and its title, blended with the BM25 score relative to the best candidate.
 */
export const rankArticles = (
  query: string,
  candidates: KbCandidate[],
  weights: RankingWeights = RANKING_WEIGHTS,
): RankedArticle[] => {
  if (candidates.length === 0) return []
  const features = candidates.map((candidate) => articleFeatures(candidate.article))
  // IDF over the candidates' passages: n-grams every candidate shares say nothing about which one fits.
  const { touched, unseenIdf } = fillInverseFrequency(features)
  const queryVector = weigh(toCharCounts(query.slice(0, MAX_QUERY_CHARS)), unseenIdf)
  const topBm25 = Math.max(...candidates.map((candidate) => candidate.bm25), 1e-9)
  const scored = candidates.map((candidate, i) => {
    const article = features[i]!
    const centroid = centroidCosine(queryVector, article)
    const titleSimilarity = dot(queryVector, weigh(article.title))
    return {
      article: candidate.article,
      score:
        weights.centroid * centroid +
        weights.title * titleSimilarity +
        weights.bm25 * (candidate.bm25 / topBm25),
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
