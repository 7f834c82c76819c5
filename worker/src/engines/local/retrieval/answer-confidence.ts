import coefficients from './answer-confidence.json'
import type { ScoredCandidate } from './score-candidates.ts'

/** The evidence the answer confidence reads, in the order of its coefficients. */
export const CONFIDENCE_FEATURES = [
  'score',
  'margin',
  'passage',
  'words',
  'unknownWords',
  'titleWords',
  'keyWords',
  'logQueryWords',
] as const

/** A logistic model over the features: P(the article answers) = σ(bias + Σ weight · feature). */
export type ConfidenceModel = { bias: number; weights: Record<(typeof CONFIDENCE_FEATURES)[number], number> }

/** Coefficients written by `npm run calibrate` (worker/scripts/calibrate-confidence.ts). */
export const CONFIDENCE_MODEL: ConfidenceModel = coefficients

/**
 * Absolute evidence that a candidate answers the query: its score and margin over the runner-up (negative below
 * the top), its nearest passage, how much of the query's content words it contains, how much of the query no
 * candidate knows, and how much of the article's title and key words the query mentions.
 */
export const confidenceFeatures = (candidate: ScoredCandidate, runnerUp: number): number[] => [
  candidate.score,
  candidate.score - runnerUp,
  candidate.passage,
  candidate.words,
  candidate.unknownWords,
  candidate.titleWords,
  candidate.keyWords,
  Math.log1p(candidate.queryWords),
]

/** The probability that the candidate answers the query, including the case that no article does. */
export const answerConfidence = (features: number[], model: ConfidenceModel = CONFIDENCE_MODEL): number => {
  let z = model.bias
  CONFIDENCE_FEATURES.forEach((name, i) => {
    z += model.weights[name] * (features[i] as number)
  })
  return 1 / (1 + Math.exp(-z))
}
