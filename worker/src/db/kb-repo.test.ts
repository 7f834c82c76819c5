import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import type { KbArticle } from '@deskmate/shared'
import { createKbRepo } from './kb-repo.ts'

const article = (id: string, title: string, body: string, locale = 'en'): KbArticle => ({
  id,
  title,
  body,
  locale,
  examples: [`How do I ${title.toLowerCase()}?`],
})

describe('createKbRepo', () => {
  it('never shows one tenant the articles of another', async () => {
    const a = createKbRepo(env.DB, 'tenant-a')
    const b = createKbRepo(env.DB, 'tenant-b')
    await a.upsertArticles([article('shared-id', 'Reset password', 'Open settings and reset your password.')])
    expect(await b.countArticles()).toBe(0)
    expect(await b.getArticles(['shared-id'])).toEqual([])
    expect(await b.searchCandidates({ text: 'reset password', language: 'en', limit: 5 })).toEqual([])
    expect(await b.deleteArticle('shared-id')).toBe(false)
    expect(await a.countArticles()).toBe(1)
  })

  it('updates an article in place and re-indexes its text', async () => {
    const kb = createKbRepo(env.DB, 'tenant-update')
    await kb.upsertArticles([article('a1', 'Refund policy', 'Refunds take five days.')])
    await kb.upsertArticles([article('a1', 'Shipping times', 'Parcels arrive in two days.')])
    expect(await kb.countArticles()).toBe(1)
    expect(await kb.searchCandidates({ text: 'refund', language: 'en', limit: 5 })).toEqual([])
    const [hit] = await kb.searchCandidates({ text: 'parcels shipping', language: 'en', limit: 5 })
    expect(hit?.article.title).toBe('Shipping times')
  })

  it('writes a whole batch or nothing', async () => {
    const kb = createKbRepo(env.DB, 'tenant-atomic')
    const tooLong = { ...article('bad', 'Broken', 'x'), locale: null as unknown as string }
    await expect(kb.upsertArticles([article('ok', 'Fine', 'Works.'), tooLong])).rejects.toThrow()
    expect(await kb.countArticles()).toBe(0)
    expect(await kb.searchCandidates({ text: 'fine works', language: null, limit: 5 })).toEqual([])
  })

  it('prefers the requested language and falls back to others', async () => {
    const kb = createKbRepo(env.DB, 'tenant-lang')
    await kb.upsertArticles([
      article('en', 'Export invoices', 'Export invoices as PDF from billing.'),
      article('de', 'Rechnungen exportieren', 'Exportieren Sie Rechnungen (invoices) als PDF.', 'de-DE'),
    ])
    const german = await kb.searchCandidates({ text: 'invoices pdf', language: 'de', limit: 1 })
    expect(german.map((c) => c.article.id)).toEqual(['de'])
    const french = await kb.searchCandidates({ text: 'invoices pdf', language: 'fr', limit: 5 })
    expect(french.map((c) => c.article.id).sort()).toEqual(['de', 'en'])
  })

  it('matches across diacritics and inflections', async () => {
    const kb = createKbRepo(env.DB, 'tenant-stem')
    await kb.upsertArticles([article('c', 'Cancel a subscription', 'Cancelling stops future charges.')])
    const [hit] = await kb.searchCandidates({ text: 'cancellings charged', language: 'en', limit: 3 })
    expect(hit?.article.id).toBe('c')
    expect(hit?.bm25).toBeGreaterThan(0)
  })

  it('deletes an article and reports whether it existed', async () => {
    const kb = createKbRepo(env.DB, 'tenant-delete')
    await kb.upsertArticles([article('d1', 'Delete me', 'Temporary.')])
    expect(await kb.deleteArticle('d1')).toBe(true)
    expect(await kb.deleteArticle('d1')).toBe(false)
    expect(await kb.searchCandidates({ text: 'temporary', language: null, limit: 3 })).toEqual([])
  })

  it('returns articles in the order of the requested ids with their examples', async () => {
    const kb = createKbRepo(env.DB, 'tenant-get')
    await kb.upsertArticles([article('x', 'First', 'One.'), article('y', 'Second', 'Two.')])
    const found = await kb.getArticles(['y', 'missing', 'x'])
    expect(found.map((a) => a.id)).toEqual(['y', 'x'])
    expect(found[0]?.examples).toEqual(['How do I second?'])
  })

  it('treats FTS syntax in a query as plain words', async () => {
    const kb = createKbRepo(env.DB, 'tenant-syntax')
    await kb.upsertArticles([article('s', 'Near match', 'Column filters.')])
    await expect(
      kb.searchCandidates({ text: 'NEAR( "title": * OR', language: null, limit: 3 }),
    ).resolves.toBeDefined()
  })
})
