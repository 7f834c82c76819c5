import { ZActivityQuery, type ActivityResponse } from '@deskmate/shared'
import { Hono } from 'hono'
import type { AppEnv } from '../env.ts'
import { createAuditRepo } from '../db/audit-repo.ts'
import { tenantDatabase } from '../db/tenant-database.ts'
import { parseWith } from '../http/validate.ts'

const DAY_MS = 86_400_000

/**
 * /v1/activity: what the automation did per ticket and why. Admins read the whole log with 24-hour counters;
 * agents may only ask about one ticket (`authorizeOperation`) and get no counters.
 */
export const activityRoutes = new Hono<AppEnv>().get('/', async (c) => {
  const query = parseWith(ZActivityQuery, c.req.query())
  const tenantId = c.get('tenant').id
  const audit = createAuditRepo(tenantDatabase(c.env, tenantId), tenantId)
  const isAdmin = c.get('principal').kind === 'admin'
  const [items, counters] = await Promise.all([
    audit.list(query),
    isAdmin ? audit.countSince(new Date(Date.now() - DAY_MS)) : {},
  ])
  return c.json({ items, counters } satisfies ActivityResponse)
})
