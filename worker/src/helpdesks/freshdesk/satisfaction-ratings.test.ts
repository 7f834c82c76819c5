import { describe, expect, it } from 'vitest'
import { createFreshdeskApi } from './api.ts'
import { MAX_RATING_PAGES, listFreshdeskSatisfactionRatings } from './satisfaction-ratings.ts'

/** A Freshdesk that answers each GET with the next of `pages` (JSON), recording the URLs asked for. */
const fakeFreshdesk = (pages: unknown[]) => {
  const urls: string[] = []
  const api = createFreshdeskApi({
    account: 'acme',
    credentials: { helpdesk: 'freshdesk' },
    apiToken: 'k',
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

const rating = (id: number, score: number | null, createdAt = '2026-11-01T10:00:00Z') => ({
  id,
  ticket_id: 100 + id,
  ratings: score === null ? {} : { default_question: score },
  created_at: createdAt,
})

describe('listFreshdeskSatisfactionRatings', () => {
  it('maps the happy answers to good, the unhappy ones to bad and leaves neutral out, oldest first', async () => {
    const { api, urls } = fakeFreshdesk([
      [
        rating(1, 103, '2026-11-02T10:00:00Z'),
        rating(2, 101),
        rating(3, 100),
        rating(4, -101),
        rating(5, -103),
        rating(6, null),
      ],
    ])
    const ratings = await listFreshdeskSatisfactionRatings(api, new Date('2026-11-01T00:00:00.000Z'))
    expect(urls).toEqual([
      'https://acme.freshdesk.com/api/v2/surveys/satisfaction_ratings?created_since=2026-11-01T00%3A00%3A00Z&per_page=100&page=1',
    ])
    expect(ratings.map((r) => [r.id, r.ticketId, r.good])).toEqual([
      ['2', '102', true],
      ['4', '104', false],
      ['5', '105', false],
      ['1', '101', true],
    ])
  })

  it('reads pages until a short one, at most MAX_RATING_PAGES', async () => {
    const full = Array.from({ length: 100 }, (_, i) => rating(i, 103))
    const two = fakeFreshdesk([full, [rating(200, -103)]])
    expect(await listFreshdeskSatisfactionRatings(two.api, new Date(0))).toHaveLength(101)
    expect(two.urls).toHaveLength(2)
    const endless = fakeFreshdesk([full])
    await listFreshdeskSatisfactionRatings(endless.api, new Date(0))
    expect(endless.urls).toHaveLength(MAX_RATING_PAGES)
  })

  it('refuses an answer that is not a list of ratings', async () => {
    const { api } = fakeFreshdesk([{ error: 'surprise' }])
    await expect(listFreshdeskSatisfactionRatings(api, new Date(0))).rejects.toMatchObject({
      code: 'helpdesk_upstream',
    })
  })
})
