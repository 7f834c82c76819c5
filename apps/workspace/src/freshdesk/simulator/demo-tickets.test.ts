import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_GAP_SUBJECTS } from '../../server/demo-history-content.ts'
import {
  demoDecisionCategory,
  demoDecisionTicketId,
  demoGapTicketId,
} from '../../server/demo-history-tickets.ts'
import { loadTickets } from '../../server/load-tickets.ts'
import { DEMO_CATEGORY_FIELD, freshdeskDemoTickets } from './demo-tickets.ts'
import { startFreshdeskSimulator, type FreshdeskSimulator } from './index.ts'

const DEMO_FILE = fileURLToPath(new URL('../../../../../worker/demo/tickets.json', import.meta.url))

type Listed = {
  id: number
  status: number
  tags: string[]
  custom_fields: Record<string, string>
  fr_due_by: string
  due_by: string
}

describe('the Freshdesk demo account', () => {
  // Long after the demo file's dates: without rebasing, every SLA would show as breached.
  const now = new Date('2027-06-01T12:00:00Z')
  let sim: FreshdeskSimulator
  let demoIds: number[]
  const api = async <T>(path: string): Promise<T> => {
    const res = await fetch(`${sim.url}/demo${path}`, {
      headers: { authorization: `Basic ${btoa(`${sim.apiKey}:X`)}` },
    })
    expect(res.status).toBe(200)
    return (await res.json()) as T
  }
  const listAll = async (): Promise<Listed[]> => {
    const since = encodeURIComponent(new Date(now.getTime() - 365 * 86_400_000).toISOString())
    const pages = await Promise.all(
      [1, 2].map((page) => api<Listed[]>(`/api/v2/tickets?updated_since=${since}&per_page=100&page=${page}`)),
    )
    return pages.flat()
  }

  beforeAll(async () => {
    const demo = await loadTickets(DEMO_FILE)
    demoIds = demo.map((ticket) => Number(ticket.id))
    sim = await startFreshdeskSimulator({ account: 'demo', tickets: freshdeskDemoTickets(demo, now) })
  })
  afterAll(() => sim.close())

  it('gives the demo tickets SLA due dates still ahead: the newest arrived five minutes ago', async () => {
    const demo = (await listAll()).filter((ticket) => demoIds.includes(ticket.id))
    expect(demo).toHaveLength(demoIds.length)
    const firstDue = demo.map((ticket) => Date.parse(ticket.fr_due_by))
    expect(Math.max(...firstDue)).toBe(now.getTime() - 5 * 60_000 + 3_600_000)
    expect(demo.filter((ticket) => Date.parse(ticket.due_by) <= now.getTime())).toEqual([])
  })

  it('holds the tickets the demo history names: solved, filed under its category, answered by an agent', async () => {
    const listed = await listAll()
    const solved = listed.filter((ticket) => ticket.status === 4)
    expect(solved.length).toBeGreaterThanOrEqual(40)
    for (const ticket of solved) {
      const i = ticket.id - demoDecisionTicketId(0)
      expect(ticket.tags).toEqual([demoDecisionCategory(i)])
      expect(ticket.custom_fields[DEMO_CATEGORY_FIELD]).toBe(demoDecisionCategory(i))
    }
    const [field] = await api<Array<{ id: number; name: string }>>('/api/v2/ticket_fields')
    expect(field?.name).toBe(DEMO_CATEGORY_FIELD)
    const replies = await api<Array<{ incoming: boolean; private: boolean; body_text: string }>>(
      `/api/v2/tickets/${demoDecisionTicketId(0)}/conversations`,
    )
    expect(replies).toEqual([expect.objectContaining({ incoming: false, private: false })])
    expect(replies[0]?.body_text.length).toBeGreaterThan(20)
  })

  it('holds the knowledge gaps’ tickets, open and unanswered, under the ids the gaps link to', async () => {
    const listed = await listAll()
    const gaps = DEMO_GAP_SUBJECTS.map((_, i) => listed.find((ticket) => ticket.id === demoGapTicketId(i)))
    expect(gaps.map((ticket) => ticket?.status)).toEqual(DEMO_GAP_SUBJECTS.map(() => 2))
  })
})
