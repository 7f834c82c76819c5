import { describe, expect, it } from 'vitest'
import { articleFeatures, dot, toCharCounts, weigh } from './passage-vectors.ts'

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
