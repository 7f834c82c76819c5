import type { KnowledgeGapsResponse } from '@deskmate/shared'
import { Hono } from 'hono'
import type { AppEnv } from '../env.ts'
import { createKnowledgeGapsRepo } from '../db/knowledge-gaps-repo.ts'
import { tenantDatabase } from '../db/tenant-database.ts'
import { clusterGaps } from '../services/analytics/cluster-gaps.ts'

/** The recent window the gaps are computed over, and the most tickets read from it (newest first). */
export const GAP_WINDOW = { days: 30, tickets: 500 } as const

/**
 * GET /v1/admin/knowledge-gaps (admins only): clusters of the last 30 days' tickets no article answered,
 * computed on demand over at most 500 of them, with example tickets.
 */
export const adminKnowledgeGapsRoutes = new Hono<AppEnv>().get('/', async (c) => {
  const since = new Date(Date.now() - GAP_WINDOW.days * 86_400_000)
  const tenantId = c.get('tenant').id
  const tickets = await createKnowledgeGapsRepo(tenantDatabase(c.env, tenantId), tenantId).recent(
    since,
    GAP_WINDOW.tickets,
  )
  c.header('Cache-Control', 'no-store')
  return c.json({
    days: GAP_WINDOW.days,
    tickets: tickets.length,
    gaps: clusterGaps(tickets),
  } satisfies KnowledgeGapsResponse)
})
