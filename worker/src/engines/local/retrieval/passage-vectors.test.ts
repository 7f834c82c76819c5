import { describe, expect, it } from 'vitest'
import {
  articleFeatures,
  dot,
  termFrequency,
  toCharCounts,
  weigh,
  type ArticleFeatures,
} from './passage-vectors.ts'

const passageBuckets = ({ passages, vocabulary }: ArticleFeatures): number[][] =>
  Array.from({ length: passages.offsets.length - 1 }, (_, p) =>
    [...passages.positions.subarray(passages.offsets[p], passages.offsets[p + 1])].map(
      (position) => vocabulary[position] as number,
    ),
  )

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
    expect(features.passages.offsets).toHaveLength(3)
    expect(features.documents).toBe(3)
    expect(features.title.buckets.length).toBeGreaterThan(0)
    expect([...features.vocabulary]).toEqual([...features.vocabulary].sort((a, b) => a - b))
    // Each vocabulary bucket counts the texts (title, passages) that contain it.
    const card = toCharCounts('card').buckets[0] as number
    const shared = features.vocabulary.indexOf(card)
    expect(features.documentCounts[shared]).toBe(
      [features.title.buckets, ...passageBuckets(features)].filter((buckets) => buckets.includes(card))
        .length,
    )
  })
})

describe('compact passages', () => {
  const stored = (body: string) => ({
    id: 'c',
    title: 'Card arrival',
    body,
    locale: 'en',
    url: null,
    examples: [],
    updatedAt: body,
  })

  it('holds each passage as the buckets and counts its own hashing gives', () => {
    const features = articleFeatures(
      stored('When will my card arrive? Cards arrive, cards arrive, cards arrive.'),
    )
    const texts = ['When will my card arrive?', 'Cards arrive, cards arrive, cards arrive.'].map(toCharCounts)
    expect(passageBuckets(features)).toEqual(texts.map((text) => [...text.buckets]))
    const { offsets, counts } = features.passages
    texts.forEach((text, p) => {
      const stored = [...counts.subarray(offsets[p], offsets[p + 1])].map(termFrequency)
      expect(stored).toEqual([...text.tf])
    })
  })

  it('widens its arrays when a passage repeats an n-gram more than 255 times', () => {
    const features = articleFeatures(stored('ha '.repeat(600)))
    expect(features.passages.counts).toBeInstanceOf(Uint16Array)
    expect(Math.max(...features.passages.counts)).toBeGreaterThan(255)
    expect(termFrequency(Math.max(...features.passages.counts))).toBe(
      Math.fround(1 + Math.log(Math.max(...features.passages.counts))),
    )
  })
})
