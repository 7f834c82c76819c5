import { describe, expect, it } from 'vitest'
import type { StoredArticle } from '../../../db/kb-repo.ts'
import { articleCacheKey, createFeatureCache, featureBytes, fnv1aLines } from './article-feature-cache.ts'
import { articleCacheUsage, articleFeatures, clearArticleCache } from './passage-vectors.ts'

const article = (id: string, body: string): StoredArticle => ({
  id,
  title: `Article ${id}`,
  body,
  locale: 'en',
  url: null,
  examples: [`How do I use ${id}?`],
  updatedAt: '2026-01-01T00:00:00.000Z',
})

const longBody = (seed: number): string =>
  Array.from({ length: 40 }, (_, i) => `Step ${i + seed}: open settings ${seed * 7 + i} and confirm.`).join(
    ' ',
  )

describe('article feature cache', () => {
  it('evicts the least recently used articles to stay within its byte budget', () => {
    const budget = 5 * featureBytes(articleFeatures(article('a0', longBody(0))))
    const cache = createFeatureCache(budget)
    const keys = Array.from({ length: 30 }, (_, i) => {
      const a = article(`a${i}`, longBody(i))
      cache.set(articleCacheKey(a), articleFeatures(a))
      if (i > 0) cache.get(articleCacheKey(article('a0', longBody(0))))
      return articleCacheKey(a)
    })
    expect(cache.calculatedSize).toBeLessThanOrEqual(budget)
    expect(cache.size).toBeLessThanOrEqual(6)
    expect(cache.has(keys[0] as string)).toBe(true)
    expect(cache.has(keys[1] as string)).toBe(false)
    expect(cache.has(keys[29] as string)).toBe(true)
  })

  it('counts at least the bytes of every typed array an entry holds', () => {
    const features = articleFeatures(article('sized', longBody(3)))
    const elements =
      features.vocabulary.byteLength +
      features.blocks.byteLength +
      features.texts.bytes.byteLength +
      features.texts.offsets.byteLength +
      features.terms.all.hashes.byteLength
    expect(featureBytes(features)).toBeGreaterThan(elements)
  })

  it('keys an article by its content, so an edit of the same length is not served stale', () => {
    const before = article('k', 'Refunds take five days.')
    const after = article('k', 'Refunds take nine days.')
    expect(articleCacheKey(before)).not.toBe(articleCacheKey(after))
    expect(articleCacheKey(before)).toBe(articleCacheKey({ ...before }))
  })

  it('reports how full the isolate cache is and empties on request', () => {
    clearArticleCache()
    articleFeatures(article('u1', longBody(1)))
    articleFeatures(article('u2', longBody(2)))
    const usage = articleCacheUsage()
    expect(usage.entries).toBe(2)
    expect(usage.bytes).toBeGreaterThan(0)
    expect(usage.bytes).toBeLessThanOrEqual(usage.maxBytes)
    clearArticleCache()
    expect(articleCacheUsage().entries).toBe(0)
  })
})

describe('fnv1aLines', () => {
  it('hashes lines as FNV-1a of the lines joined by line breaks', () => {
    const fnv1a = (text: string): number => {
      let hash = 0x811c9dc5
      for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619)
      return hash >>> 0
    }
    for (const lines of [[], [''], ['a'], ['How do I pay?', 'Wo ist meine Rechnung?', ''], ['x\ny', 'z']])
      expect(fnv1aLines(lines)).toBe(fnv1a(lines.join('\n')))
  })
})
