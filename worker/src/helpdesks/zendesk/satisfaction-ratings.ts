import { z } from 'zod'
import type { SatisfactionRating } from '../adapter.ts'
import { HelpdeskApiError } from '../fetch-with-retry.ts'
import type { ZendeskApi } from './api.ts'

/** Pages read per pull (1,000 ratings): the next pull goes on from the newest rating read. */
export const MAX_RATING_PAGES = 10

const ZRating = z.object({
  id: z.number(),
  ticket_id: z.number().nullable().optional(),
  score: z.string(),
  created_at: z.string(),
})

const ZPage = z.object({
  satisfaction_ratings: z.array(z.unknown()),
  meta: z.object({ has_more: z.boolean().optional() }).optional(),
  links: z.object({ next: z.string().nullable().optional() }).optional(),
})

/** A rating Deskmate counts: a good or bad score on a ticket (offered or unoffered ones are not answers). */
const toRating = (raw: unknown): SatisfactionRating | null => {
  const parsed = ZRating.safeParse(raw)
  if (!parsed.success) return null
  const { id, ticket_id: ticketId, score, created_at: createdAt } = parsed.data
  if (ticketId == null || (score !== 'good' && score !== 'bad') || Number.isNaN(Date.parse(createdAt)))
    return null
  return { id: String(id), ticketId: String(ticketId), good: score === 'good', createdAt }
}

/**
 * Good and bad ratings created since `since` (`GET /api/v2/satisfaction_ratings?start_time=…`, cursor pages of
 * 100, at most MAX_RATING_PAGES), oldest first. An answer that is not a page of ratings is an upstream error.
 */
export const listZendeskSatisfactionRatings = async (
  api: ZendeskApi,
  since: Date,
): Promise<SatisfactionRating[]> => {
  const ratings: SatisfactionRating[] = []
  const start = Math.floor(since.getTime() / 1000)
  let url: string | null = `/api/v2/satisfaction_ratings.json?start_time=${start}&page[size]=100`
  for (let page = 0; url && page < MAX_RATING_PAGES; page++) {
    const body = ZPage.safeParse(await api.get<unknown>(url))
    if (!body.success)
      throw new HelpdeskApiError('helpdesk_upstream', 'Zendesk answered something other than ratings', {
        upstreamStatus: 200,
        isRetryable: false,
      })
    for (const raw of body.data.satisfaction_ratings) {
      const rating = toRating(raw)
      if (rating) ratings.push(rating)
    }
    const next = body.data.links?.next ?? null
    url = body.data.meta?.has_more && body.data.satisfaction_ratings.length > 0 ? next : null
  }
  return ratings.sort((a, b) => a.createdAt.localeCompare(b.createdAt))
}
