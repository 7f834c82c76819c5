import type { KbCandidate, StoredArticle } from '../../../db/kb-repo.ts'
import { answerConfidence, confidenceFeatures, type ConfidenceModel } from './answer-confidence.ts'
import { scoreCandidates, type RankingWeights } from './score-candidates.ts'

/** A re-ranked article with its combined score and calibrated confidence. */
export type RankedArticle = { article: StoredArticle; score: number; confidence: number }

/**
 * Re-ranks full-text candidates (see `scoreCandidates`) and gives each the probability that it answers the
 * query, from absolute evidence, so a small or off-topic KB does not make an unrelated question look answered.
 */
export const rankArticles = (
  query: string,
  candidates: KbCandidate[],
  options: { weights?: RankingWeights; model?: ConfidenceModel } = {},
): RankedArticle[] => {
  const scored = scoreCandidates(query, candidates, options.weights)
  const top = scored[0]?.score ?? 0
  const runnerUp = scored[1]?.score ?? 0
  return scored.map((entry, i) => ({
    article: entry.article,
    score: Number(entry.score.toFixed(4)),
    confidence: Number(
      answerConfidence(confidenceFeatures(entry, i === 0 ? runnerUp : top), options.model).toFixed(3),
    ),
  }))
}
