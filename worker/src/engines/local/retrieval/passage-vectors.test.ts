import { describe, expect, it } from 'vitest'
import { articleFeatures, centroidCosine, dot, toCharCounts, weigh, type Vector } from './passage-vectors.ts'

const vector = (entries: [number, number][]): Vector => ({
  buckets: Int32Array.from(entries.map(([bucket]) => bucket)),
  values: Float32Array.from(entries.map(([, value]) => value)),
})

describe('centroidCosine', () => {
  it('returns the cosine between the query and the sum of the passages', () => {
    const query = vector([
      [1, 0.6],
      [2, 0.8],
    ])
    const passages = [
      vector([
        [1, 1],
        [3, 0],
      ]),
      vector([
        [2, 0.6],
        [3, 0.8],
      ]),
    ]
    // Sum of the passages is (1, 0.6, 0.8) with norm √2; query · sum = 0.6 + 0.48.
    expect(centroidCosine(query, passages)).toBeCloseTo(1.08 / Math.SQRT2, 5)
    expect(centroidCosine(query, [])).toBe(0)
  })
})

describe('weigh', () => {
  it('returns a unit vector whose cosine with itself is one', () => {
    const weighted = weigh(toCharCounts('My card has not arrived'))
    expect(dot(weighted, weighted)).toBeCloseTo(1, 5)
  })

  it('scores inflected forms of the same words above unrelated text', () => {
    const query = weigh(toCharCounts('cancelled charges'))
    expect(dot(query, weigh(toCharCounts('cancel a charge')))).toBeGreaterThan(
      dot(query, weigh(toCharCounts('reset password'))),
    )
  })
})

describe('articleFeatures', () => {
  it('returns the title apart and each distinct example or body sentence once', () => {
    const features = articleFeatures({
      id: 'a',
      title: 'Card arrival',
      body: 'When will my card arrive?\nIt ships in five days.',
      locale: 'en',
      url: null,
      examples: ['When will my card arrive?'],
      updatedAt: '2026-01-01T00:00:00.000Z',
    })
    expect(features.passages).toHaveLength(2)
    expect(features.title.buckets.length).toBeGreaterThan(0)
  })
})
