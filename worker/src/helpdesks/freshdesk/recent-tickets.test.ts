import { TAG_AUTO_REPLIED } from '@deskmate/shared'
import { describe, expect, it } from 'vitest'
import { createFreshdeskApi } from './api.ts'
import { listFreshdeskRecentTickets } from './recent-tickets.ts'

const NOW = new Date('2026-12-04T09:00:00Z')
const json = (body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json', ...headers } })

const row = (id: number, fields: Record<string, unknown> = {}) => ({
  id,
  subject: `Ticket ${id}`,
  description_text: `Body ${id}`,
  status: 2,
  priority: 1,
  source: 1,
  tags: [],
  requester_id: 7,
  requester: { id: 7, name: 'Emma', email: 'emma@example.com' },
  created_at: '2026-12-01T10:00:00Z',
  updated_at: '2026-12-01T11:00:00Z',
  ...fields,
})
const customer = { incoming: true, private: false, user_id: 7, source: 0 }
const agent = { incoming: false, private: false, user_id: 900, source: 0 }

/** A fake Freshdesk account at the HTTP boundary: the list, each ticket's conversation, the contact. */
const fakeFreshdesk = (
  list: unknown[],
  conversations: Record<number, unknown[]>,
  headers: Record<string, string> = {},
) => {
  const urls: string[] = []
  const api = createFreshdeskApi({
    account: 'acme',
    credentials: { helpdesk: 'freshdesk' },
    apiToken: 'key',
    apiBase: '',
    sleep: async () => {},
    fetch: async (input) => {
      const url = new URL(String(input))
      urls.push(`${url.pathname}${url.search}`)
      const convo = /^\/api\/v2\/tickets\/(\d+)\/conversations$/.exec(url.pathname)
      if (url.pathname === '/api/v2/tickets') return json(list, headers)
      if (convo) {
        const found = conversations[Number(convo[1])]
        return found ? json(found, headers) : new Response(null, { status: 404 })
      }
      if (url.pathname === '/api/v2/contacts/7') return json({ id: 7, tags: ['vip'] }, headers)
      return new Response(null, { status: 404 })
    },
  })
  return { api, urls }
}

describe('listFreshdeskRecentTickets', () => {
  it('lists the newest tickets as the automation reads them, with the agents’ first public reply', async () => {
    const { api, urls } = fakeFreshdesk([row(3), row(2)], {
      3: [
        { ...customer, body_text: 'More detail' },
        { ...agent, private: true, body_text: 'Internal note' },
        { ...agent, private: false, source: 2, body_text: 'Public note' },
        { ...agent, body: '<p>Use <b>Forgot password</b>.</p>' },
        { ...agent, body_text: 'Second reply' },
      ],
      2: [{ ...customer, body_text: 'Anyone?' }],
    })
    const recent = await listFreshdeskRecentTickets(api, 10, NOW)
    expect(recent.map((r) => [r.ticket.ticket.id, r.agentReply])).toEqual([
      ['3', 'Use Forgot password.'],
      ['2', null],
    ])
    expect(recent[0]?.ticket.ticket).toMatchObject({ subject: 'Ticket 3', body: 'Body 3', channel: 'email' })
    expect(recent[0]?.ticket.ticket.requester?.tags).toEqual(['vip'])
    const list = new URLSearchParams(urls[0]?.split('?')[1])
    expect(Object.fromEntries(list)).toMatchObject({
      order_by: 'created_at',
      order_type: 'desc',
      per_page: '10',
      page: '1',
      include: 'requester,description',
      updated_since: '2025-12-04T09:00:00Z',
    })
    // The requester's tags are read once for both tickets.
    expect(urls.filter((url) => url.startsWith('/api/v2/contacts/'))).toHaveLength(1)
  })

  it('on a ticket Deskmate answered, the agents’ reply is the one after its own', async () => {
    const { api } = fakeFreshdesk([row(5, { tags: [TAG_AUTO_REPLIED] })], {
      5: [
        { ...agent, body_text: 'Deskmate: open the sign-in page.' },
        { ...agent, body_text: 'Did that help?' },
      ],
    })
    const [only] = await listFreshdeskRecentTickets(api, 10, NOW)
    expect(only?.agentReply).toBe('Did that help?')
  })

  it('skips odd rows and tickets deleted since they were listed, and reads no more than the limit', async () => {
    const { api, urls } = fakeFreshdesk(
      [null, 'x', { id: 'nine' }, { id: -1 }, row(9), row(8), row(7), row(6)],
      { 9: [], 7: [] },
    )
    const recent = await listFreshdeskRecentTickets(api, 3, NOW)
    expect(recent.map((r) => r.ticket.ticket.id)).toEqual(['9', '7'])
    expect(urls.filter((url) => url.endsWith('/conversations?per_page=100&page=1'))).toHaveLength(3)
  })

  it('stops early, with what it read, once the account’s API budget is down to its reserve', async () => {
    const { api, urls } = fakeFreshdesk([row(4), row(3)], { 4: [], 3: [] }, { 'X-RateLimit-Remaining': '5' })
    expect(await listFreshdeskRecentTickets(api, 10, NOW)).toEqual([])
    expect(urls).toHaveLength(1)
  })
})
