import { describe, expect, it } from 'vitest'
import { clampScore, sentimentLabel } from './sentiment.ts'

describe('sentimentLabel', () => {
  it.each([
    [-1, 'very_negative'],
    [-0.6, 'very_negative'],
    [-0.59, 'negative'],
    [-0.2, 'negative'],
    [0, 'neutral'],
    [0.19, 'neutral'],
    [0.2, 'positive'],
    [0.6, 'very_positive'],
    [1, 'very_positive'],
  ])('labels %d as %s', (score, label) => {
    expect(sentimentLabel(score)).toBe(label)
  })

  it('clamps scores into [-1, 1]', () => {
    expect(clampScore(3)).toBe(1)
    expect(clampScore(-3)).toBe(-1)
    expect(clampScore(0.25)).toBe(0.25)
  })
})
