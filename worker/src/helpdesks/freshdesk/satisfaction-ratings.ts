import { z } from 'zod'
import type { SatisfactionRating } from '../adapter.ts'
import { HelpdeskApiError } from '../fetch-with-retry.ts'
import type { FreshdeskApi } from './api.ts'

const PER_PAGE = 100
/** Pages read per pull (1,000 ratings): the next pull goes on from the newest rating read. */
export const MAX_RATING_PAGES = 10
/** Freshdesk's neutral answer on its −103 … 103 scale: above it is good, below zero bad. */
const NEUTRAL = 100

const ZRating = z.object({
  id: z.number(),
  ticket_id: z.number().nullable().optional(),
  ratings: z.object({ default_question: z.number() }).partial().nullable().optional(),
  created_at: z.string(),
})

/** A rating Deskmate counts: the default question answered happy (good) or unhappy (bad) on a ticket. */
const toRating = (raw: unknown): SatisfactionRating | null => {
  const parsed = ZRating.safeParse(raw)
  if (!parsed.success) return null
  const { id, ticket_id: ticketId, ratings, created_at: createdAt } = parsed.data
  const score = ratings?.default_question
  if (ticketId == null || score == null || Number.isNaN(Date.parse(createdAt))) return null
  if (score > NEUTRAL) return { id: String(id), ticketId: String(ticketId), good: true, createdAt }
  if (score < 0) return { id: String(id), ticketId: String(ticketId), good: false, createdAt }
  return null
}

/**
 * Good and bad ratings created since `since` (`GET /api/v2/surveys/satisfaction_ratings?created_since=…`,
 * pages of 100 until a short one, at most MAX_RATING_PAGES), oldest first. An answer that is not a list of
 * ratings is an upstream error.
 */
export const listFreshdeskSatisfactionRatings = async (
  api: FreshdeskApi,
  since: Date,
): Promise<SatisfactionRating[]> => {
  const ratings: SatisfactionRating[] = []
  const createdSince = encodeURIComponent(since.toISOString().replace(/\.\d{3}Z$/, 'Z'))
  for (let page = 1; page <= MAX_RATING_PAGES; page++) {
    const batch = await api.get<unknown>(
      `/api/v2/surveys/satisfaction_ratings?created_since=${createdSince}&per_page=${PER_PAGE}&page=${page}`,
    )
    if (!Array.isArray(batch))
      throw new HelpdeskApiError('helpdesk_upstream', 'Freshdesk answered something other than ratings', {
        upstreamStatus: 200,
        isRetryable: false,
      })
    for (const raw of batch) {
      const rating = toRating(raw)
      if (rating) ratings.push(rating)
    }
    if (batch.length < PER_PAGE) break
  }
  return ratings.sort((a, b) => a.createdAt.localeCompare(b.createdAt))
}
