import { sendJson } from './responses.ts'
import type { SimRoute } from './route.ts'

/** Every simulated account's agent groups (one deleted, which Zendesk still lists with `deleted: true`). */
export const SIM_GROUPS = [
  { id: 360_000_001, name: 'Support', deleted: false },
  { id: 360_000_002, name: 'Billing specialists', deleted: false },
  { id: 360_000_003, name: 'Tier 2', deleted: false },
  { id: 360_000_004, name: 'Old escalations', deleted: true },
] as const

/** Groups: `GET /api/v2/groups.json` (one page). */
export const GROUP_ROUTES: SimRoute[] = [
  [
    'GET',
    /^\/api\/v2\/groups\.json$/,
    (req) =>
      sendJson(req.res, 200, {
        groups: SIM_GROUPS.map((group) => ({
          ...group,
          url: `${req.origin}/api/v2/groups/${group.id}.json`,
        })),
        next_page: null,
        previous_page: null,
        count: SIM_GROUPS.length,
      }),
  ],
]
