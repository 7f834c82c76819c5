import { demoRatings } from '../../sim-http/demo-ratings.ts'
import { sendJson } from './responses.ts'
import type { SimRoute } from './route.ts'

/** The demo ratings' times follow the simulator's start. */
const RATINGS = demoRatings(new Date())
const MAX_PAGE_SIZE = 100

/**
 * Satisfaction ratings: `GET /api/v2/satisfaction_ratings(.json)` with `start_time` (Unix seconds, inclusive)
 * and cursor pages (`page[size]`, `page[after]`), oldest first; every account serves the demo ratings.
 */
export const SATISFACTION_ROUTES: SimRoute[] = [
  [
    'GET',
    /^\/api\/v2\/satisfaction_ratings(?:\.json)?$/,
    (req) => {
      const start = Number(req.query.get('start_time') ?? 0) * 1000
      const size = Math.min(MAX_PAGE_SIZE, Math.max(1, Number(req.query.get('page[size]')) || MAX_PAGE_SIZE))
      const after = Number(req.query.get('page[after]') ?? 0) || 0
      const matching = RATINGS.filter((rating) => Date.parse(rating.createdAt) >= start)
      const page = matching.slice(after, after + size)
      const hasMore = matching.length > after + size
      const next = new URLSearchParams(req.query)
      next.set('page[after]', String(after + size))
      sendJson(req.res, 200, {
        satisfaction_ratings: page.map((rating) => ({
          id: rating.id,
          url: `${req.origin}/api/v2/satisfaction_ratings/${rating.id}.json`,
          ticket_id: rating.ticketId,
          score: rating.score,
          assignee_id: null,
          group_id: null,
          requester_id: null,
          created_at: rating.createdAt,
          updated_at: rating.createdAt,
        })),
        meta: { has_more: hasMore, after_cursor: hasMore ? String(after + size) : null },
        links: { next: hasMore ? `${req.origin}${req.path}?${next.toString()}` : null },
      })
    },
  ],
]
