import { describe, expect, it } from 'vitest'
import { createZendeskApi } from './api.ts'
import { MAX_RATING_PAGES, listZendeskSatisfactionRatings } from './satisfaction-ratings.ts'

const ORIGIN = 'https://acme.zendesk.com'

/** A Zendesk that answers each GET with the next of `pages` (JSON), recording the URLs asked for. */
const fakeZendesk = (pages: unknown[]) => {
  const urls: string[] = []
  const api = createZendeskApi({
    account: 'acme',
    credentials: { helpdesk: 'zendesk', apiUser: 'admin@acme.test' },
    apiToken: 't',
    apiBase: '',
    sleep: async () => {},
    fetch: async (input) => {
      urls.push(String(input))
      const body = pages[Math.min(urls.length - 1, pages.length - 1)]
      return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } })
    },
  })
  return { api, urls }
}

const rating = (id: number, score: string, createdAt: string, ticketId: number | null = 100 + id) => ({
  id,
  ticket_id: ticketId,
  score,
  created_at: createdAt,
})

describe('listZendeskSatisfactionRatings', () => {
  it('reads good and bad ratings since a time through the cursor pages, oldest first', async () => {
    const { api, urls } = fakeZendesk([
      {
        satisfaction_ratings: [
          rating(2, 'bad', '2026-11-02T10:00:00Z'),
          rating(3, 'offered', '2026-11-02T11:00:00Z'),
        ],
        meta: { has_more: true },
        links: { next: `${ORIGIN}/api/v2/satisfaction_ratings.json?page[after]=abc` },
      },
      {
        satisfaction_ratings: [rating(1, 'good', '2026-11-01T10:00:00Z'), rating(4, 'unoffered', 'x')],
        meta: { has_more: false },
        links: { next: null },
      },
    ])
    const ratings = await listZendeskSatisfactionRatings(api, new Date('2026-11-01T00:00:00Z'))
    expect(urls[0]).toBe(`${ORIGIN}/api/v2/satisfaction_ratings.json?start_time=1793491200&page[size]=100`)
    expect(urls[1]).toBe(`${ORIGIN}/api/v2/satisfaction_ratings.json?page[after]=abc`)
    expect(ratings).toEqual([
      { id: '1', ticketId: '101', good: true, createdAt: '2026-11-01T10:00:00Z' },
      { id: '2', ticketId: '102', good: false, createdAt: '2026-11-02T10:00:00Z' },
    ])
  })

  it('skips malformed ratings and ratings of no ticket', async () => {
    const { api } = fakeZendesk([
      {
        satisfaction_ratings: [
          { id: 'x', score: 'good' },
          rating(5, 'good', 'not a time'),
          rating(6, 'bad', '2026-11-01T10:00:00Z', null),
          rating(7, 'good', '2026-11-01T12:00:00Z'),
        ],
      },
    ])
    expect((await listZendeskSatisfactionRatings(api, new Date(0))).map((r) => r.id)).toEqual(['7'])
  })

  it('stops after MAX_RATING_PAGES pages even when Zendesk says there are more', async () => {
    const page = {
      satisfaction_ratings: [rating(1, 'good', '2026-11-01T10:00:00Z')],
      meta: { has_more: true },
      links: { next: `${ORIGIN}/api/v2/satisfaction_ratings.json?page[after]=more` },
    }
    const { api, urls } = fakeZendesk([page])
    await listZendeskSatisfactionRatings(api, new Date(0))
    expect(urls).toHaveLength(MAX_RATING_PAGES)
  })

  it('refuses an answer that is not a page of ratings', async () => {
    const { api } = fakeZendesk([{ satisfaction_ratings: 'none' }])
    await expect(listZendeskSatisfactionRatings(api, new Date(0))).rejects.toMatchObject({
      code: 'helpdesk_upstream',
    })
  })
})
