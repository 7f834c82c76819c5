import { describe, expect, it } from 'vitest'
import { dot } from '../../../../test/helpers/sparse-vectors.ts'
import { vocabularyBucket } from './build-article-features.ts'
import { decodeText } from './compact-texts.ts'
import {
  articleFeatures,
  documentsOf,
  termFrequency,
  toCharCounts,
  weigh,
  type ArticleFeatures,
} from './passage-vectors.ts'

/** Each text's buckets and raw counts (text 0 is the title). */
const textsOf = (features: ArticleFeatures): { buckets: number[]; counts: number[] }[] => {
  const { bytes, offsets } = features.texts
  return Array.from({ length: offsets.length - 1 }, (_, t) => {
    const positions = new Int32Array(bytes.length)
    const counts = new Uint32Array(bytes.length)
    const end = decodeText(bytes, offsets[t] as number, offsets[t + 1] as number, positions, counts, 0)
    return {
      buckets: [...positions.subarray(0, end)].map((position) => vocabularyBucket(features, position)),
      counts: [...counts.subarray(0, end)],
    }
  })
}

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
    const texts = textsOf(features)
    expect(texts).toHaveLength(3)
    expect(documentsOf(features)).toBe(3)
    expect(texts[0]?.buckets).toEqual([...toCharCounts('Card arrival').buckets])
    const vocabulary = Array.from(features.vocabulary, (_, i) => vocabularyBucket(features, i))
    expect(vocabulary).toEqual([...vocabulary].sort((a, b) => a - b))
    expect(new Set(vocabulary).size).toBe(vocabulary.length)
    expect(new Set(vocabulary)).toEqual(new Set(texts.flatMap((text) => text.buckets)))
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
    const passages = textsOf(features).slice(1)
    expect(passages.map((text) => text.buckets)).toEqual(texts.map((text) => [...text.buckets]))
    texts.forEach((text, p) => expect(passages[p]?.counts.map(termFrequency)).toEqual([...text.tf]))
  })

  it('keeps counts above 255 exactly', () => {
    const features = articleFeatures(stored('ha '.repeat(600)))
    const counts = textsOf(features)[1]?.counts ?? []
    expect(Math.max(...counts)).toBe(Math.max(...toCharCounts('ha '.repeat(600)).counts))
    expect(Math.max(...counts)).toBeGreaterThan(255)
  })
})
