import { ZActivitySearchQuery, type ActivityItem } from '@deskmate/shared'
import { Hono } from 'hono'
import type { AppEnv } from '../env.ts'
import { createActivitySearchRepo } from '../db/activity-search-repo.ts'
import { tenantDatabase } from '../db/tenant-database.ts'
import { parseWith } from '../http/validate.ts'
import { activityToCsv } from '../services/console/activity-csv.ts'

/**
 * GET /v1/admin/activity (admins only: not an agent operation): the automation's decisions filtered by
 * outcome, reason and time, searched by ticket id or a reason's words; `format=csv` downloads them.
 */
export const adminActivityRoutes = new Hono<AppEnv>().get('/', async (c) => {
  const { format, ...query } = parseWith(ZActivitySearchQuery, c.req.query())
  const tenantId = c.get('tenant').id
  const items = await createActivitySearchRepo(tenantDatabase(c.env, tenantId), tenantId).search(query)
  c.header('Cache-Control', 'no-store')
  if (format === 'json') return c.json({ items } satisfies { items: ActivityItem[] })
  c.header('Content-Disposition', 'attachment; filename="deskmate-activity.csv"')
  return c.body(activityToCsv(items), 200, { 'Content-Type': 'text/csv; charset=utf-8' })
})
