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

  it('ranks every hit in the ticket language above the others, each group best first', async () => {
    const kb = createKbRepo(env.DB, 'tenant-lang-order')
    await kb.upsertArticles([
      article('en-strong', 'Invoice PDF export', 'Export an invoice as PDF: invoice, PDF, export.'),
      article('en-weak', 'Billing overview', 'Where to find an invoice.'),
      article('de-weak', 'Abrechnung', 'Die Rechnung (invoice) steht im Konto.', 'de-AT'),
      article('de-strong', 'Rechnung als PDF', 'Invoice PDF: die Rechnung als PDF exportieren.', 'DE'),
      article('odd-locale', 'Invoice PDF export guide', 'Invoice PDF export, step by step.', 'deutsch_de'),
    ])
    const hits = await kb.searchCandidates({ text: 'invoice pdf export', language: 'de', limit: 4 })
    // "de-AT" and "DE" are German; "deutsch_de" is no locale, so that article is one of the others.
    expect(hits.slice(0, 2).map((c) => c.article.id)).toEqual(['de-strong', 'de-weak'])
    const others = hits.slice(2)
    expect(others.map((c) => c.article.id).sort()).toEqual(['en-strong', 'odd-locale'])
    expect(others[0]!.bm25).toBeGreaterThanOrEqual(others[1]!.bm25)
    expect(others[0]!.bm25).toBeGreaterThan(hits[1]!.bm25)
    // Without a language the same hits rank by relevance alone.
    const any = await kb.searchCandidates({ text: 'invoice pdf export', language: null, limit: 5 })
    const scores = any.map((c) => c.bm25)
    expect(scores).toEqual([...scores].sort((a, b) => b - a))
    expect(any[0]?.article.id).not.toMatch(/^de-/)
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
