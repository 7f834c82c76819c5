import { AppError, type TicketFieldsResponse } from '@deskmate/shared'
import { Hono } from 'hono'
import type { AppEnv } from '../env.ts'
import { openHelpdesk } from '../services/automation/open-helpdesk.ts'

/** GET /v1/admin/ticket-fields (admins only): the helpdesk's custom ticket fields, for training's field picker. */
export const adminTicketFieldsRoutes = new Hono<AppEnv>().get('/', async (c) => {
  const helpdesk = await openHelpdesk(c.env, c.get('tenant'))
  if (!helpdesk) throw new AppError('conflict', 'Connect the helpdesk API before listing its ticket fields')
  if (!helpdesk.listTicketFields)
    throw new AppError('conflict', 'This helpdesk cannot list its ticket fields yet')
  c.header('Cache-Control', 'no-store')
  return c.json({ fields: await helpdesk.listTicketFields() } satisfies TicketFieldsResponse)
})
