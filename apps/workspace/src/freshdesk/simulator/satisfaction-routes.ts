import { demoRatings } from '../../sim-http/demo-ratings.ts'
import { sendPage, type SimRoute } from './route.ts'

/** The demo ratings' times follow the simulator's start. */
const RATINGS = demoRatings(new Date())

/** Freshdesk's default question on its scale: 103 extremely happy, 100 neutral, −103 extremely unhappy. */
const SCALE = { good: 103, bad: -103, offered: 100 } as const

/**
 * Satisfaction ratings: `GET /api/v2/surveys/satisfaction_ratings` with `created_since` (inclusive), paged,
 * oldest first; every account serves the demo ratings.
 */
export const SATISFACTION_ROUTES: SimRoute[] = [
  [
    'GET',
    /^\/api\/v2\/surveys\/satisfaction_ratings$/,
    (req) => {
      const since = Date.parse(req.query.get('created_since') ?? '') || 0
      sendPage(
        req,
        RATINGS.filter((rating) => Date.parse(rating.createdAt) >= since).map((rating) => ({
          id: rating.id,
          survey_id: 1,
          user_id: null,
          agent_id: null,
          group_id: null,
          ticket_id: rating.ticketId,
          feedback: null,
          ratings: { default_question: SCALE[rating.score] },
          created_at: rating.createdAt,
          updated_at: rating.createdAt,
        })),
      )
    },
  ],
]
