import { describe, expect, it } from 'vitest'
import { createFreshdeskApi } from './api.ts'
import { listFreshdeskSolvedTickets } from './solved-tickets.ts'

const NOW = new Date('2026-12-04T09:00:00Z')
const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })

const ticket = (id: number, status: number, fields: Record<string, unknown> = {}) => ({
  id,
  subject: `Ticket ${id}`,
  description: `<p>Body <b>${id}</b></p>`,
  status,
  tags: ['billing'],
  custom_fields: { cf_category: 'billing', cf_count: 3, cf_empty: '', cf_unknown: 'x' },
  ...fields,
})

/** A fake Freshdesk account: `pages` of the ticket list, and the ticket fields (or an error status). */
const fakeFreshdesk = (pages: unknown[][], fields: unknown = []) => {
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
      if (url.pathname === '/api/v2/ticket_fields')
        return typeof fields === 'number' ? new Response(null, { status: fields }) : json(fields)
      if (url.pathname === '/api/v2/tickets')
        return json(pages[Number(url.searchParams.get('page')) - 1] ?? [])
      return new Response(null, { status: 404 })
    },
  })
  return { api, urls }
}

const FIELDS = [
  { id: 1, name: 'status', label: 'Status', default: true },
  { id: 4100, name: 'cf_category', label: 'Category', default: false },
  { id: 4101, name: 'cf_count', label: 'Count', default: false },
  { id: 4102, name: 'cf_empty', label: 'Empty', default: false },
]

describe('listFreshdeskSolvedTickets', () => {
  it('keeps Resolved and Closed tickets, with text, tags and custom fields by field id', async () => {
    const { api, urls } = fakeFreshdesk([[ticket(4, 4), ticket(3, 2), ticket(2, 5), ticket(1, 3)]], FIELDS)
    const solved = await listFreshdeskSolvedTickets(api, 100, NOW)
    expect(solved).toEqual([
      { subject: 'Ticket 4', body: 'Body 4', tags: ['billing'], fields: { '4100': 'billing', '4101': '3' } },
      { subject: 'Ticket 2', body: 'Body 2', tags: ['billing'], fields: { '4100': 'billing', '4101': '3' } },
    ])
    const list = new URLSearchParams(urls[1]?.split('?')[1])
    expect(Object.fromEntries(list)).toMatchObject({
      order_by: 'updated_at',
      order_type: 'desc',
      per_page: '100',
      include: 'description',
      updated_since: '2024-12-04T09:00:00Z',
    })
  })

  it('pages on until the limit, then stops', async () => {
    const page = (from: number) => Array.from({ length: 100 }, (_, i) => ticket(from - i, i % 2 ? 4 : 2))
    const { api, urls } = fakeFreshdesk([page(1000), page(900), page(800)], FIELDS)
    const solved = await listFreshdeskSolvedTickets(api, 60, NOW)
    expect(solved).toHaveLength(60)
    expect(solved.at(-1)?.subject).toBe('Ticket 881')
    expect(urls.filter((url) => url.startsWith('/api/v2/tickets?'))).toHaveLength(2)
  })

  it('stops at a short page, and reads at most thirty pages of an account with few solved tickets', async () => {
    const open = Array.from({ length: 100 }, (_, i) => ticket(i + 1, 2))
    const busy = fakeFreshdesk(
      Array.from({ length: 40 }, () => open),
      FIELDS,
    )
    expect(await listFreshdeskSolvedTickets(busy.api, 10, NOW)).toEqual([])
    expect(busy.urls.filter((url) => url.startsWith('/api/v2/tickets?'))).toHaveLength(30)
    const small = fakeFreshdesk([[ticket(1, 4)]], FIELDS)
    expect(await listFreshdeskSolvedTickets(small.api, 10, NOW)).toHaveLength(1)
    expect(small.urls).toHaveLength(2)
  })

  it('skips odd rows and reads tags alone when the ticket fields are not readable', async () => {
    const { api } = fakeFreshdesk(
      [[null, { id: 'x', status: 4 }, ticket(7, 4, { tags: ['a', 3], custom_fields: null })]],
      403,
    )
    expect(await listFreshdeskSolvedTickets(api, 10, NOW)).toEqual([
      { subject: 'Ticket 7', body: 'Body 7', tags: ['a'], fields: {} },
    ])
  })
})
