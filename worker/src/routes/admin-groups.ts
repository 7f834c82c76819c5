import { AppError, type GroupsResponse } from '@deskmate/shared'
import { Hono } from 'hono'
import type { AppEnv } from '../env.ts'
import { openHelpdesk } from '../services/automation/open-helpdesk.ts'

/** GET /v1/admin/groups (admins only): the helpdesk's agent groups, for the escalation group picker. */
export const adminGroupsRoutes = new Hono<AppEnv>().get('/', async (c) => {
  const helpdesk = await openHelpdesk(c.env, c.get('tenant'))
  if (!helpdesk) throw new AppError('conflict', 'Connect the helpdesk API before listing its groups')
  if (!helpdesk.listGroups) throw new AppError('conflict', 'This helpdesk cannot list its groups yet')
  c.header('Cache-Control', 'no-store')
  return c.json({ groups: await helpdesk.listGroups() } satisfies GroupsResponse)
})
