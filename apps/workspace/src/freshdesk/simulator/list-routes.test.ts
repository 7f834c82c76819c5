import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startFreshdeskSimulator, type FreshdeskSimulator } from './index.ts'

const DAY_MS = 86_400_000

describe('the Freshdesk simulator’s ticket list and ticket fields', () => {
  let sim: FreshdeskSimulator
  const now = Date.now()
  const ago = (days: number) => new Date(now - days * DAY_MS).toISOString()
  const api = async <T>(path: string, status = 200) => {
    const res = await fetch(`${sim.url}/acme${path}`, {
      headers: { authorization: `Basic ${btoa(`${sim.apiKey}:X`)}` },
    })
    expect(res.status).toBe(status)
    return (await res.json()) as T
  }
  type Row = { id: number; status: number; description?: string; requester?: { email: string } }

  beforeAll(async () => {
    sim = await startFreshdeskSimulator({
      account: 'acme',
      tickets: [
        { id: 1, subject: 'Old solved', body: 'Charged twice', createdAt: ago(90), solved: true },
        {
          id: 2,
          subject: 'Solved with a reply',
          body: 'Reset my password',
          createdAt: ago(10),
          solved: true,
          customFields: { cf_category: 'account_login', 'not a field': 'x' },
          agentReply: 'Use “Forgot password?”.',
        },
        { id: 3, subject: 'Open', body: 'Hello', createdAt: ago(1) },
      ],
    })
  })
  afterAll(() => sim.close())

  it('lists the last 30 days’ tickets newest first, without descriptions unless asked for', async () => {
    const rows = await api<Row[]>('/api/v2/tickets')
    expect(rows.map((r) => r.id)).toEqual([3, 2])
    expect(rows[0]?.description).toBeUndefined()
    const full = await api<Row[]>('/api/v2/tickets?include=description,requester&order_type=asc')
    expect(full.map((r) => r.id)).toEqual([2, 3])
    expect(full[0]?.description).toContain('Reset my password')
    expect(full[0]?.requester?.email).toMatch(/@example\.com$/)
  })

  it('reaches back with updated_since, orders by updated_at and pages', async () => {
    const since = encodeURIComponent(ago(365))
    const byUpdate = await api<Row[]>(`/api/v2/tickets?updated_since=${since}&order_by=updated_at`)
    expect(byUpdate.map((r) => [r.id, r.status])).toEqual([
      [3, 2],
      [2, 4],
      [1, 4],
    ])
    const second = await api<Row[]>(`/api/v2/tickets?updated_since=${since}&per_page=2&page=2`)
    expect(second.map((r) => r.id)).toEqual([1])
  })

  it('refuses what Freshdesk refuses', async () => {
    await api('/api/v2/tickets?order_by=subject', 400)
    await api('/api/v2/tickets?include=conversations', 400)
    await api('/api/v2/tickets?per_page=101', 400)
    await api('/api/v2/tickets?updated_since=yesterday', 400)
  })

  it('keeps a solved ticket’s history: the agent’s reply, its custom field, resolved after', async () => {
    const fields = await api<Array<{ id: number; name: string; label: string }>>('/api/v2/ticket_fields')
    expect(fields).toEqual([expect.objectContaining({ name: 'cf_category', label: 'Category' })])
    const ticket = await api<{
      custom_fields: Record<string, string>
      updated_at: string
      created_at: string
    }>('/api/v2/tickets/2')
    expect(ticket.custom_fields).toEqual({ cf_category: 'account_login' })
    expect(Date.parse(ticket.updated_at) - Date.parse(ticket.created_at)).toBe(2 * 3_600_000)
    const conversation = await api<Array<{ body_text: string; incoming: boolean; private: boolean }>>(
      '/api/v2/tickets/2/conversations',
    )
    expect(conversation).toEqual([
      expect.objectContaining({ body_text: 'Use “Forgot password?”.', incoming: false, private: false }),
    ])
  })
})
