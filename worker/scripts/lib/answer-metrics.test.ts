import { describe, expect, it } from 'vitest'
import { auroc, scoreDecisions, type AnswerOutcome } from './answer-metrics.ts'
import { fitLogistic } from './fit-logistic.ts'

const outcome = (isRight: boolean, isAnswerable: boolean, confidence: number): AnswerOutcome => ({
  isRight,
  isAnswerable,
  confidence,
})

describe('auroc', () => {
  it('is 1 when every right answer is more confident than every wrong one, 0.5 for a constant', () => {
    expect(auroc([outcome(true, true, 0.9), outcome(false, false, 0.2), outcome(false, true, 0.3)])).toBe(1)
    expect(auroc([outcome(true, true, 0.5), outcome(false, false, 0.5)])).toBe(0.5)
  })

  it('counts the share of right–wrong pairs ordered correctly', () => {
    // Pairs (right, wrong): (0.8, 0.9) wrong order, (0.8, 0.1) right, (0.4, 0.9) wrong, (0.4, 0.1) right.
    const outcomes = [
      outcome(true, true, 0.8),
      outcome(true, true, 0.4),
      outcome(false, false, 0.9),
      outcome(false, true, 0.1),
    ]
    expect(auroc(outcomes)).toBe(0.5)
  })
})

describe('scoreDecisions', () => {
  it('reports false answers, coverage, precision and right-and-confident at the threshold', () => {
    const outcomes = [
      outcome(true, true, 0.9), // answered, right
      outcome(false, true, 0.7), // answered, wrong article
      outcome(true, true, 0.3), // right but not confident
      outcome(false, false, 0.65), // unanswerable, answered anyway
      outcome(false, false, 0.2), // unanswerable, held back
      outcome(false, false, 0.6), // exactly at the threshold counts as answered
    ]
    expect(scoreDecisions(outcomes, 0.6)).toEqual({
      falseAnswerRate: 2 / 3,
      coverage: 4 / 6,
      precision: 1 / 4,
      rightAndConfident: 1 / 3,
    })
  })
})

describe('fitLogistic', () => {
  it('recovers the coefficients that generated the labels', () => {
    let seed = 7
    const random = () => (seed = (seed * 16_807) % 2_147_483_647) / 2_147_483_647
    const rows = Array.from({ length: 4_000 }, () => [random() * 4 - 2, random() * 2])
    const labels = rows.map(([a, b]) => (random() < 1 / (1 + Math.exp(-(-1 + 2 * a! - 3 * b!))) ? 1 : 0))
    const { bias, weights } = fitLogistic(rows, labels, 0)
    expect(bias).toBeCloseTo(-1, 0)
    expect(weights[0]).toBeCloseTo(2, 0)
    expect(weights[1]).toBeCloseTo(-3, 0)
  })
})
