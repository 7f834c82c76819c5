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

  it('finds nothing for terms the tenant never used', async () => {
    const { hits } = await searchKbIndex(env.DB, 'small', { terms: ['zebra'], language: 'en', limit: 5 })
    expect(hits).toEqual([])
  })
})
