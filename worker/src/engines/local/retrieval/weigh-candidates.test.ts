import { describe, expect, it } from 'vitest'
import { dot } from '../../../../test/helpers/sparse-vectors.ts'
import { vocabularyBucket } from './build-article-features.ts'
import { articleFeatures, toCharCounts, weigh, type ArticleFeatures } from './passage-vectors.ts'
import { titleCosine, weighCandidates } from './weigh-candidates.ts'

const article = (title: string, examples: string[]): ArticleFeatures =>
  articleFeatures({
    id: title,
    title,
    body: '',
    locale: 'en',
    url: null,
    examples,
    updatedAt: '2026-01-01T00:00:00.000Z',
  })

/** How many of the candidates' texts hold a bucket, counted on the texts as hashed on their own. */
const textsHolding = (texts: string[], bucket: number): number =>
  texts.filter((text) => toCharCounts(text).buckets.includes(bucket)).length

describe('weighCandidates', () => {
  const cards = article('Card arrival', ['When will my card arrive?', 'Where is my card'])
  const refunds = article('Refunds', ['How do I get a refund for my card?'])
  const texts = ['Card arrival', 'When will my card arrive?', 'Where is my card', 'Refunds']
  texts.push('How do I get a refund for my card?')

  it('gives each vocabulary entry log((1 + texts) / (1 + texts holding it)) + 1 over every candidate', () => {
    const query = toCharCounts('my card')
    const weighed = weighCandidates([cards, refunds], query)
    for (const [a, features] of [cards, refunds].entries())
      for (let i = 0; i < features.vocabulary.length; i++) {
        const holding = textsHolding(texts, vocabularyBucket(features, i))
        expect(weighed.idf[a]?.[i]).toBe(Math.fround(Math.log(6 / (1 + holding)) + 1))
      }
  })

  it('gives query n-grams no candidate holds the highest IDF', () => {
    const query = toCharCounts('card zebra')
    const weighed = weighCandidates([cards, refunds], query)
    expect(weighed.unseen).toBe(Math.log(6) + 1)
    query.buckets.forEach((bucket, q) => {
      const holding = textsHolding(texts, bucket)
      expect(weighed.query[q]).toBe(
        holding > 0 ? Math.fround(Math.log(6 / (1 + holding)) + 1) : weighed.unseen,
      )
    })
    expect([...weighed.query]).toContain(weighed.unseen)
  })

  it('leaves no count behind for the next request', () => {
    const query = toCharCounts('my card')
    const first = [...weighCandidates([cards, refunds], query).query]
    weighCandidates([refunds], query)
    expect([...weighCandidates([cards, refunds], query).query]).toEqual(first)
  })
})

describe('titleCosine', () => {
  it('equals the dot product of the query with the title weighed on its own', () => {
    const cards = article('Card arrival and delivery', ['When will my card arrive?'])
    const counts = toCharCounts('when does my card arrive')
    const idf = weighCandidates([cards], counts)
    const query = weigh(counts, idf.query)
    const title = toCharCounts('Card arrival and delivery')
    const expected = dot(query, weigh(title, weighCandidates([cards], title).query))
    expect(expected).toBeGreaterThan(0.1)
    const weighed = weighCandidates([cards], counts)
    expect(titleCosine(query, cards, weighed.idf[0]!, weighed.texts[0]!)).toBe(expected)
  })
})
