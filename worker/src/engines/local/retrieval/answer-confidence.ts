import stored from './answer-confidence.json'
import type { ScoredCandidate } from './score-candidates.ts'

/** The evidence the answer confidence reads, in the order `confidenceFeatures` returns it. */
export const CONFIDENCE_FEATURES = [
  'score',
  'margin',
  'passage',
  'secondPassage',
  'passageMargin',
  'coverage',
  'cohesion',
  'words',
  'wordsMargin',
  'unknownWords',
  'titleWords',
  'keyWords',
  'keyWordsMargin',
  'bm25',
  'logQueryWords',
] as const

export type ConfidenceFeature = (typeof CONFIDENCE_FEATURES)[number]

/** One step of the model: adds `below` to the log-odds when the feature is under `threshold`, else `above`. */
export type ConfidenceStep = { feature: ConfidenceFeature; threshold: number; below: number; above: number }

/** An additive model of steps (boosted stumps): P(the article answers) = σ(bias + Σ step). */
export type ConfidenceModel = { bias: number; steps: ConfidenceStep[] }

/** The model written by `npm run calibrate` (worker/scripts/calibrate-confidence.ts). */
export const CONFIDENCE_MODEL = stored as ConfidenceModel

const best = (
  scored: readonly ScoredCandidate[],
  skip: number,
  pick: (c: ScoredCandidate) => number,
): number => {
  let value = 0
  scored.forEach((candidate, i) => {
    if (i !== skip) value = Math.max(value, pick(candidate))
  })
  return value
}

/**
 * Absolute evidence that candidate `i` of a ranked list answers the query: its score and its margin over the
 * best other candidate; its nearest and second-nearest passage and how far its nearest passage beats every
 * other candidate's; how much of the query's n-grams and content words it covers and by how much more than any
 * other; how much of the query no candidate knows; how much of its title and key words the query mentions;
 * its BM25 relative to the best; and how many content words the query has.
 */
export const confidenceFeatures = (scored: readonly ScoredCandidate[], i: number): number[] => {
  const c = scored[i] as ScoredCandidate
  return [
    c.score,
    c.score - best(scored, i, (o) => o.score),
    c.passage,
    c.secondPassage,
    c.passage - best(scored, i, (o) => o.passage),
    c.coverage,
    c.cohesion,
    c.words,
    c.words - best(scored, i, (o) => o.words),
    c.unknownWords,
    c.titleWords,
    c.keyWords,
    c.keyWords - best(scored, i, (o) => o.keyWords),
    c.bm25,
    Math.log1p(c.queryWords),
  ]
}

/** The log-odds of the model for a feature vector in `CONFIDENCE_FEATURES` order. */
export const confidenceLogit = (features: readonly number[], model: ConfidenceModel): number => {
  let z = model.bias
  for (const step of model.steps) {
    const value = features[CONFIDENCE_FEATURES.indexOf(step.feature)] as number
    z += value < step.threshold ? step.below : step.above
  }
  return z
}

/** The probability that the candidate answers the query, including the case that no article does. */
export const answerConfidence = (
  features: readonly number[],
  model: ConfidenceModel = CONFIDENCE_MODEL,
): number => 1 / (1 + Math.exp(-confidenceLogit(features, model)))
