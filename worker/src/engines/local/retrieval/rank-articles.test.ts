import { describe, expect, it } from 'vitest'
import type { KbCandidate } from '../../../db/kb-repo.ts'
import { rankArticles } from './rank-articles.ts'

const candidate = (id: string, title: string, examples: string[], bm25: number): KbCandidate => ({
  article: { id, title, body: examples.join('\n'), locale: 'en', url: null, examples: [], updatedAt: '' },
  bm25,
})

describe('rankArticles', () => {
  it('lifts the article whose example questions resemble the query above a better BM25 score', () => {
    const ranked = rankArticles('my card has not arrived yet', [
      candidate('top-up', 'Top up by card', ['How do I top up with my card?', 'Card top-up failed'], 5),
      candidate('arrival', 'Card arrival', ['My card still has not arrived', 'When will my card arrive?'], 4),
    ])
    expect(ranked.map((r) => r.article.id)).toEqual(['arrival', 'top-up'])
  })

  it('gives a clear winner more confidence than a near tie', () => {
    const clear = rankArticles('reset my password', [
      candidate('pw', 'Reset password', ['How do I reset my password?'], 5),
      candidate('x', 'Shipping', ['Where is my parcel?'], 1),
    ])
    const tie = rankArticles('reset my password', [
      candidate('a', 'Reset password', ['How do I reset my password?'], 5),
      candidate('b', 'Reset password now', ['How do I reset my password?'], 5),
    ])
    expect(clear[0]!.confidence).toBeGreaterThan(tie[0]!.confidence)
  })

  it('returns nothing for no candidates', () => {
    expect(rankArticles('anything', [])).toEqual([])
  })
})
