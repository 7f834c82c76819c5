import { ZAnalyzeRequest, type Analysis } from '@deskmate/shared'
import { Hono } from 'hono'
import type { AppEnv } from '../env.ts'
import { validateJson } from '../http/validate.ts'
import { analyzeTicket } from '../services/analyze-ticket.ts'
import { openTenantScope } from '../services/request-scope.ts'

/** /v1/tickets: analysis for the sidebar. */
export const ticketRoutes = new Hono<AppEnv>().post('/analyze', validateJson(ZAnalyzeRequest), async (c) => {
  const { ticket } = c.req.valid('json')
  const scope = await openTenantScope(c)
  const { analysis } = await analyzeTicket(ticket, scope)
  return c.json(analysis satisfies Analysis)
})
