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

  const article = (examples: string[], body = '') =>
    articleFeatures({
      id: `a-${examples.join('|')}-${body}`,
      title: 'Card delivery',
      body,
      locale: 'en',
      url: null,
      examples,
      updatedAt: '2026-01-01T00:00:00.000Z',
    })

  it('equals the cosine between the query and the normalized sum of the weighed passages', () => {
    const texts = ['When will my card arrive?', 'Cards ship in five days', 'Track your card delivery']
    const features = article(texts)
    const { touched, unseenIdf } = fillInverseFrequency([features])
    const query = weigh(toCharCounts('my card has not arrived yet'), unseenIdf)
    const expected = dot(query, sumOf(texts.map((text) => weigh(toCharCounts(text)))))
    expect(expected).toBeGreaterThan(0.1)
    expect(centroidCosine(query, features)).toBeCloseTo(expected, 5)
    expect(centroidCosine(query, article([]))).toBe(0)
    clearInverseFrequency(touched)
  })

  it('weighs with the document frequencies of every candidate, not only its own', () => {
    const shared = article(['card card card', 'my card arrived'])
    const other = article(['card ships today', 'order a card'])
    const alone = fillInverseFrequency([shared])
    const aloneScore = centroidCosine(weigh(toCharCounts('card arrived'), alone.unseenIdf), shared)
    clearInverseFrequency(alone.touched)
    const both = fillInverseFrequency([shared, other])
    const bothScore = centroidCosine(weigh(toCharCounts('card arrived'), both.unseenIdf), shared)
    clearInverseFrequency(both.touched)
    expect(aloneScore).toBeGreaterThan(0)
    expect(bothScore).not.toBeCloseTo(aloneScore, 3)
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
    expect(features.documents).toBe(3)
    expect(features.title.buckets.length).toBeGreaterThan(0)
    expect([...features.vocabulary]).toEqual([...features.vocabulary].sort((a, b) => a - b))
    // Each vocabulary bucket counts the texts (title, passages) that contain it.
    const card = toCharCounts('card').buckets[0] as number
    const shared = features.vocabulary.indexOf(card)
    expect(features.documentCounts[shared]).toBe(
      [
        features.title.buckets,
        ...features.passages.map((p) => p.positions.map((i) => features.vocabulary[i] as number)),
      ].filter((buckets) => buckets.includes(card)).length,
    )
  })
})
