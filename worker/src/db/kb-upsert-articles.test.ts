import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import type { KbArticle } from '@deskmate/shared'
import { toIndexWords } from '../engines/local/retrieval/search-text.ts'
import { createKbRepo } from './kb-repo.ts'

const article = (id: string, body: string, title = 'Refunds'): KbArticle => ({
  id,
  title,
  body,
  locale: 'en',
})

const frequencies = async (tenantId: string): Promise<Record<string, number>> => {
  const { results } = await env.DB.prepare('SELECT term, df FROM kb_terms WHERE tenant_id = ? ORDER BY term')
    .bind(tenantId)
    .all<{ term: string; df: number }>()
  return Object.fromEntries(results.map((row) => [row.term, row.df]))
}

const indexRows = async (): Promise<number> =>
  (await env.DB.prepare('SELECT COUNT(*) AS n FROM kb_index').first<{ n: number }>())?.n ?? 0

describe('upsertKbArticles and deleteKbArticle', () => {
  it('keeps the tenant term frequencies and article count in step with inserts, updates and deletes', async () => {
    const kb = createKbRepo(env.DB, 'freq')
    await kb.upsertArticles([
      article('a', 'Refunds take five days.'),
      article('b', 'Refunds need a receipt.'),
    ])
    expect(await frequencies('freq')).toMatchObject({ '': 2, refund: 2, receipt: 1, five: 1 })
    await kb.upsertArticles([article('a', 'Parcels ship in two days.', 'Shipping')])
    const afterUpdate = await frequencies('freq')
    expect(afterUpdate).toMatchObject({ '': 2, refund: 1, receipt: 1, parcel: 1, ship: 1 })
    expect(afterUpdate).not.toHaveProperty('five')
    expect(await kb.deleteArticle('b')).toBe(true)
    const remaining = new Set(toIndexWords('Shipping Parcels ship in two days.'))
    expect(await frequencies('freq')).toEqual(Object.fromEntries(['', ...remaining].map((word) => [word, 1])))
    expect(await kb.countArticles()).toBe(1)
  })

  it('replaces the index row of an updated article instead of adding one', async () => {
    const kb = createKbRepo(env.DB, 'rows')
    await kb.upsertArticles([article('r', 'First text.')])
    const before = await indexRows()
    await kb.upsertArticles([article('r', 'Second text.')])
    await kb.upsertArticles([article('r', 'Second text.')])
    expect(await indexRows()).toBe(before)
    expect(await kb.searchCandidates({ text: 'first', language: 'en', limit: 3 })).toEqual([])
  })

  it('counts each article once when two writes of the same article race', async () => {
    const kb = createKbRepo(env.DB, 'race')
    await kb.upsertArticles([article('x', 'Original words only.')])
    await Promise.all([
      kb.upsertArticles([article('x', 'Alpha version of the text.')]),
      kb.upsertArticles([article('x', 'Beta version of the text.')]),
    ])
    const terms = await frequencies('race')
    expect(terms['']).toBe(1)
    expect(terms.version).toBe(1)
    expect((terms.alpha ?? 0) + (terms.beta ?? 0)).toBe(1)
    expect(terms).not.toHaveProperty('original')
  })

  it('counts an article once when a batch repeats it, keeping the last version', async () => {
    const kb = createKbRepo(env.DB, 'repeat')
    await kb.upsertArticles([article('d', 'Old copy.'), article('d', 'New copy.')])
    expect(await frequencies('repeat')).toMatchObject({ '': 1, new: 1, copy: 1 })
    expect((await kb.getArticles(['d']))[0]?.body).toBe('New copy.')
  })
})
