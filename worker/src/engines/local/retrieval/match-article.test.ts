import { describe, expect, it } from 'vitest'
import { dot } from '../../../../test/helpers/sparse-vectors.ts'
import { matchArticle } from './match-article.ts'
import { articleFeatures, toCharCounts, weigh, type ArticleFeatures, type Vector } from './passage-vectors.ts'
import { weighCandidates } from './weigh-candidates.ts'

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

  /** The query weighed over the candidates and each candidate's match. */
  const match = (text: string, candidates: ArticleFeatures[]) => {
    const counts = toCharCounts(text)
    const weighed = weighCandidates(candidates, counts)
    const query = weigh(counts, weighed.query)
    const matches = candidates.map((c, i) => matchArticle(query, c, weighed.idf[i]!, weighed.texts[i]!))
    return { query, matches }
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
    const { query, matches } = match('my card has not arrived yet', [features])
    // Each passage weighed with the same IDF (that of the candidates), as a vector of its own.
    const weighed = (text: string) => {
      const counts = toCharCounts(text)
      return weigh(counts, weighCandidates([features], counts).query)
    }
    const expected = dot(query, sumOf(texts.map(weighed)))
    expect(expected).toBeGreaterThan(0.1)
    expect(matches[0]?.centroid).toBeCloseTo(expected, 5)
    expect(match('my card has not arrived yet', [article([])]).matches[0]?.centroid).toBe(0)
  })

  it('weighs with the document frequencies of every candidate, not only its own', () => {
    const shared = article(['card card card', 'my card arrived'])
    const other = article(['card ships today', 'order a card'])
    const aloneScore = match('card arrived', [shared]).matches[0]?.centroid ?? 0
    const bothScore = match('card arrived', [shared, other]).matches[0]?.centroid ?? 0
    expect(aloneScore).toBeGreaterThan(0)
    expect(bothScore).not.toBeCloseTo(aloneScore, 3)
  })

  it('finds the nearest passage and the share of the query the article covers', () => {
    const features = article(['When will my card arrive?', 'Cards ship in five days'])
    const [near] = match('when will my card arrive', [features]).matches
    const [far] = match('gantt charts please', [features]).matches
    if (!near || !far) throw new Error('no match')
    expect(near.passage).toBeGreaterThan(0.9)
    expect(near.passage).toBeGreaterThan(near.secondPassage)
    expect(near.coverage).toBeGreaterThan(0.9)
    expect(far.coverage).toBeLessThan(0.3)
    expect(far.passage).toBeLessThan(0.2)
  })
})
