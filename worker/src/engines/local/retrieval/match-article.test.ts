import { describe, expect, it } from 'vitest'
import { matchArticle } from './match-article.ts'
import {
  articleFeatures,
  clearInverseFrequency,
  dot,
  fillInverseFrequency,
  toCharCounts,
  weigh,
  type Vector,
} from './passage-vectors.ts'

describe('matchArticle', () => {
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
    expect(matchArticle(query, features).centroid).toBeCloseTo(expected, 5)
    expect(matchArticle(query, article([])).centroid).toBe(0)
    clearInverseFrequency(touched)
  })

  it('weighs with the document frequencies of every candidate, not only its own', () => {
    const shared = article(['card card card', 'my card arrived'])
    const other = article(['card ships today', 'order a card'])
    const alone = fillInverseFrequency([shared])
    const aloneScore = matchArticle(weigh(toCharCounts('card arrived'), alone.unseenIdf), shared).centroid
    clearInverseFrequency(alone.touched)
    const both = fillInverseFrequency([shared, other])
    const bothScore = matchArticle(weigh(toCharCounts('card arrived'), both.unseenIdf), shared).centroid
    clearInverseFrequency(both.touched)
    expect(aloneScore).toBeGreaterThan(0)
    expect(bothScore).not.toBeCloseTo(aloneScore, 3)
  })

  it('finds the nearest passage and the share of the query the article covers', () => {
    const features = article(['When will my card arrive?', 'Cards ship in five days'])
    const { touched, unseenIdf } = fillInverseFrequency([features])
    const query = weigh(toCharCounts('when will my card arrive'), unseenIdf)
    const unrelated = weigh(toCharCounts('gantt charts please'), unseenIdf)
    const near = matchArticle(query, features)
    const far = matchArticle(unrelated, features)
    clearInverseFrequency(touched)
    expect(near.passage).toBeGreaterThan(0.9)
    expect(near.passage).toBeGreaterThan(near.secondPassage)
    expect(near.coverage).toBeGreaterThan(0.9)
    expect(far.coverage).toBeLessThan(0.3)
    expect(far.passage).toBeLessThan(0.2)
  })
})
