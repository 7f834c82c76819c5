import { ZDryRunRequest, type DryRunResponse } from '@deskmate/shared'
import { Hono } from 'hono'
import type { AppEnv } from '../env.ts'
import { validateJson } from '../http/validate.ts'
import { openHelpdesk } from '../services/automation/open-helpdesk.ts'
import { dryRun } from '../services/console/dry-run.ts'
import { resolveSettings } from '../services/tenant-settings.ts'

/**
 * POST /v1/admin/dry-run (admins only: not an agent operation): the policy replayed over the account's latest
 * tickets, read from the helpdesk; nothing is posted. The console re-thresholds the answer itself.
 */
export const adminDryRunRoutes = new Hono<AppEnv>().post('/', validateJson(ZDryRunRequest), async (c) => {
  const tenant = c.get('tenant')
  const settings = resolveSettings(tenant, Boolean(c.env.ANTHROPIC_API_KEY))
  const helpdesk = await openHelpdesk(c.env, tenant)
  const answer = await dryRun(c.env, tenant, settings, helpdesk, c.req.valid('json').limit)
  c.header('Cache-Control', 'no-store')
  return c.json(answer satisfies DryRunResponse)
})
