import { describe, expect, it } from 'vitest'
import {
  articleFeatures,
  centroidCosine,
  clearInverseFrequency,
  dot,
  fillInverseFrequency,
  toCharCounts,
  weigh,
  type Vector,
} from './passage-vectors.ts'

describe('centroidCosine', () => {
  const sumOf = (vectors: Vector[]): Vector => {
    const sums = new Map<number, number>()
    for (const v of vectors)
      v.buckets.forEach((b, i) => sums.set(b, (sums.get(b) ?? 0) + (v.values[i] as number)))
    const entries = [...sums].sort(([a], [b]) => a - b)
    const norm = Math.sqrt(entries.reduce((acc, [, x]) => acc + x * x, 0))
    return {
      buckets: Int32Array.from(entries.map(([b]) => b)),
      values: Float32Array.from(entries.map(([, x]) => x / norm)),
    }
  }

  it('equals the cosine between the query and the normalized sum of the weighed passages', () => {
    const passages = ['When will my card arrive?', 'Cards ship in five days', 'Track your card delivery'].map(
      toCharCounts,
    )
    const { touched, unseenIdf } = fillInverseFrequency([{ title: toCharCounts('Card delivery'), passages }])
    const query = weigh(toCharCounts('my card has not arrived yet'), unseenIdf)
    const expected = dot(query, sumOf(passages.map((p) => weigh(p))))
    expect(centroidCosine(query, passages)).toBeCloseTo(expected, 5)
    expect(centroidCosine(query, [])).toBe(0)
    clearInverseFrequency(touched)
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
