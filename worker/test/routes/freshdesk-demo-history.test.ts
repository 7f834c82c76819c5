import { SELF } from 'cloudflare:test'
import { DEFAULT_SETTINGS, type DryRunResponse, type TrainingCandidate } from '@deskmate/shared'
import { beforeAll, describe, expect, it } from 'vitest'
import { freshdeskDemoTickets } from '../../../apps/workspace/src/freshdesk/simulator/demo-tickets.ts'
import { DEMO_HISTORY_CATEGORIES } from '../../../apps/workspace/src/server/demo-history-content.ts'
import type { DemoTicket } from '../../../apps/workspace/src/zendesk/host/demo-ticket.ts'
import kb from '../../demo/kb-articles.json'
import demo from '../../demo/tickets.json'
import { connectFreshdeskTenant, type FdTenant } from '../helpers/freshdesk-sim.ts'

// The demo account as `npm start` serves it: the dry run and training have history to work on.
describe('the Freshdesk demo history', () => {
  let tenant: FdTenant
  beforeAll(async () => {
    const tickets = freshdeskDemoTickets(demo.tickets as DemoTicket[], new Date())
    tenant = await connectFreshdeskTenant('fd-demo-history', {}, [], tickets)
    const res = await SELF.fetch('https://worker.test/v1/kb/articles', {
      method: 'PUT',
      headers: await tenant.adminAuth(),
      body: JSON.stringify({ articles: kb.articles }),
    })
    expect(res.status).toBe(200)
  })

  it('trains on the solved tickets’ categories, every demo category with examples', async () => {
    const res = await SELF.fetch('https://worker.test/v1/admin/training', {
      method: 'POST',
      headers: await tenant.adminAuth(),
      body: JSON.stringify({ source: { kind: 'tags' }, limit: 500 }),
    })
    expect(res.status).toBe(200)
    const candidate = await res.json<TrainingCandidate>()
    expect(candidate.examples).toBeGreaterThanOrEqual(40)
    expect(candidate.classes.map((c) => c.label).sort()).toEqual([...DEMO_HISTORY_CATEGORIES].sort())
    expect(DEMO_HISTORY_CATEGORIES.every((c) => DEFAULT_SETTINGS.categories.includes(c))).toBe(true)
  })

  it('replays the latest tickets with the agents’ replies beside most answered ones', async () => {
    const res = await SELF.fetch('https://worker.test/v1/admin/dry-run', {
      method: 'POST',
      headers: await tenant.adminAuth(),
      body: JSON.stringify({ limit: 50 }),
    })
    expect(res.status).toBe(200)
    const { tickets } = await res.json<DryRunResponse>()
    expect(tickets).toHaveLength(50)
    expect(tickets.filter((t) => t.agentReply !== null).length).toBeGreaterThanOrEqual(20)
    expect(tickets.filter((t) => t.article !== null).length).toBeGreaterThanOrEqual(10)
  })
})
