import { describe, expect, it } from 'vitest'
import type { ScoredCandidate } from './score-candidates.ts'
import {
  CONFIDENCE_FEATURES,
  answerConfidence,
  confidenceFeatures,
  confidenceLogit,
  type ConfidenceModel,
} from './answer-confidence.ts'

const candidate = (id: string, values: Partial<ScoredCandidate>): ScoredCandidate => ({
  article: { id, title: id, body: '', locale: 'en', url: null, examples: [], updatedAt: '' },
  score: 0,
  centroid: 0,
  passage: 0,
  secondPassage: 0,
  coverage: 0,
  cohesion: 0,
  title: 0,
  bm25: 0,
  words: 0,
  unknownWords: 0,
  queryWords: 0,
  titleWords: 0,
  keyWords: 0,
  ...values,
})

const feature = (features: number[], name: (typeof CONFIDENCE_FEATURES)[number]): number =>
  features[CONFIDENCE_FEATURES.indexOf(name)] as number

describe('confidenceFeatures', () => {
  const scored = [
    candidate('a', { score: 2, passage: 0.6, words: 0.9, keyWords: 0.5 }),
    candidate('b', { score: 1.5, passage: 0.8, words: 0.4, keyWords: 0.7 }),
    candidate('c', { score: 1, passage: 0.1, words: 0.2, keyWords: 0.1 }),
  ]

  it('reads each margin against the best other candidate, whatever its rank', () => {
    const top = confidenceFeatures(scored, 0)
    expect(feature(top, 'margin')).toBeCloseTo(0.5)
    expect(feature(top, 'passageMargin')).toBeCloseTo(-0.2)
    expect(feature(top, 'wordsMargin')).toBeCloseTo(0.5)
    expect(feature(top, 'keyWordsMargin')).toBeCloseTo(-0.2)
    const second = confidenceFeatures(scored, 1)
    expect(feature(second, 'margin')).toBeCloseTo(-0.5)
    expect(feature(second, 'passageMargin')).toBeCloseTo(0.2)
  })

  it('compares a lone candidate with nothing', () => {
    const alone = confidenceFeatures([scored[0] as ScoredCandidate], 0)
    expect(feature(alone, 'margin')).toBe(2)
    expect(alone).toHaveLength(CONFIDENCE_FEATURES.length)
  })
})

describe('answerConfidence', () => {
  const model: ConfidenceModel = {
    bias: -1,
    steps: [
      { feature: 'passage', threshold: 0.5, below: -1, above: 2 },
      { feature: 'words', threshold: 0.8, below: 0, above: 1 },
    ],
  }

  it('adds the step of each feature on its side of the threshold to the bias', () => {
    const features = confidenceFeatures([candidate('a', { passage: 0.6, words: 0.9 })], 0)
    expect(confidenceLogit(features, model)).toBe(2)
    expect(answerConfidence(features, model)).toBeCloseTo(1 / (1 + Math.exp(-2)))
    const weak = confidenceFeatures([candidate('a', { passage: 0.4, words: 0.9 })], 0)
    expect(confidenceLogit(weak, model)).toBe(-1)
  })
})
