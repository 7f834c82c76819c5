import { env } from 'cloudflare:test'
import { beforeAll, describe, expect, it } from 'vitest'
import type { KbArticle } from '@deskmate/shared'
import { createKbRepo } from './kb-repo.ts'
import { searchKbIndex } from './kb-search-index.ts'

// A small budget keeps the test quick; the production budget works the same way on larger numbers.
const BUDGET = 200
const LARGE = 2_500

/** Articles that all share "invoice" and "billing"; one of them alone mentions "chargeback". */
const largeKb = (prefix: string): KbArticle[] =>
  Array.from({ length: LARGE }, (_, i) => ({
    id: `${prefix}-${i}`,
    title: `Billing question ${i}`,
    body: `Every invoice lists the billing period. ${i === 1234 ? 'A chargeback reverses the payment.' : ''}`,
    locale: 'en',
  }))

const upsertAll = async (tenantId: string, articles: KbArticle[]): Promise<void> => {
  const kb = createKbRepo(env.DB, tenantId)
  for (let i = 0; i < articles.length; i += 500) await kb.upsertArticles(articles.slice(i, i + 500))
}

describe('searchKbIndex', () => {
  beforeAll(async () => {
    await upsertAll('big', largeKb('big'))
    await createKbRepo(env.DB, 'small').upsertArticles([
      { id: 's1', title: 'Invoice copies', body: 'Download an invoice from billing.', locale: 'en' },
      { id: 's2', title: 'Chargeback', body: 'How a chargeback works.', locale: 'en' },
    ])
  })

  it('reads the rarest terms only, within the posting budget, and still finds the rare article', async () => {
    const { hits, rowsRead } = await searchKbIndex(env.DB, 'big', {
      terms: ['invoic', 'bill', 'chargeback'],
      language: 'en',
      limit: 5,
      budget: BUDGET,
    })
    expect(hits[0]?.id).toBe('big-1234')
    // "invoic" and "bill" occur in every article; reading them would mean reading the whole knowledge base.
    expect(rowsRead).toBeLessThan(100)
  })

  it('never reads more postings than the budget, even when every term is common', async () => {
    const { hits, rowsRead } = await searchKbIndex(env.DB, 'big', {
      terms: ['invoic', 'bill'],
      language: null,
      limit: 5,
      budget: BUDGET,
    })
    expect(hits).toHaveLength(5)
    // About three rows per posting (its document size, its place among the hits) and the five articles.
    expect(rowsRead).toBeLessThanOrEqual(3 * BUDGET + 50)
  })

  it('reads only its own tenant postings beside a large neighbour', async () => {
    const { hits, rowsRead } = await searchKbIndex(env.DB, 'small', {
      terms: ['invoic', 'bill'],
      language: 'en',
      limit: 5,
      budget: BUDGET,
    })
    expect(hits.map((hit) => hit.id)).toEqual(['s1'])
    expect(rowsRead).toBeLessThan(50)
  })

  it('uses every query term when the whole knowledge base is within the budget', async () => {
    const { hits } = await searchKbIndex(env.DB, 'small', {
      terms: ['invoic', 'chargeback'],
      language: 'en',
      limit: 5,
    })
    expect(hits.map((hit) => hit.id).sort()).toEqual(['s1', 's2'])
  })

  it('puts the hits in the ticket language first, the same way below and above the posting budget', async () => {
    // 300 articles, half German, a third mention "chargeback" (100 postings, within the budget of 200); the
    // article count is above that budget, so the language comes from the index, and within a budget of 1,000 it
    // comes from each hit's article: both must rank alike.
    await upsertAll(
      'mixed',
      Array.from({ length: 300 }, (_, i) => ({
        id: `m-${i}`,
        title: `Payments ${i}`,
        body: `${'Every payment is listed. '.repeat(1 + (i % 7))}${i % 3 === 0 ? 'A chargeback reverses it.' : ''}`,
        locale: i % 2 ? 'de-DE' : 'en',
      })),
    )
    const search = { terms: ['chargeback'], language: 'de', limit: 60 }
    const above = await searchKbIndex(env.DB, 'mixed', { ...search, budget: BUDGET })
    const within = await searchKbIndex(env.DB, 'mixed', { ...search, budget: 1_000 })
    expect(above.hits).toHaveLength(60)
    expect(above.hits.map((hit) => hit.id)).toEqual(within.hits.map((hit) => hit.id))
    // 50 German hits, best first, then the ten best others.
    const german = above.hits.slice(0, 50)
    expect(german.every((hit) => hit.locale === 'de-DE')).toBe(true)
    expect(above.hits.slice(50).every((hit) => hit.locale === 'en')).toBe(true)
    const scores = german.map((hit) => hit.score)
    expect(scores).toEqual([...scores].sort((a, b) => a - b))
    // Without a language, by score alone (equal scores in the order the articles were written).
    const order = (id: string) => Number(id.slice(2))
    const anyLanguage = await searchKbIndex(env.DB, 'mixed', { ...search, language: null, limit: 10 })
    expect(anyLanguage.hits.map((hit) => hit.id)).toEqual(
      [...above.hits]
        .sort((a, b) => a.score - b.score || order(a.id) - order(b.id))
        .slice(0, 10)
        .map((hit) => hit.id),
    )
  })

  it('finds nothing for terms the tenant never used', async () => {
    const { hits } = await searchKbIndex(env.DB, 'small', { terms: ['zebra'], language: 'en', limit: 5 })
    expect(hits).toEqual([])
  })
})
