import { SELF } from 'cloudflare:test'
import type { DryRunResponse } from '@deskmate/shared'
import { beforeAll, describe, expect, it } from 'vitest'
import { connectFreshdeskTenant, type FdTenant, type FdTicketView } from '../helpers/freshdesk-sim.ts'

const RESET_ARTICLE = {
  title: 'Reset your password',
  body: 'Forgot your password? On the sign-in page choose "Forgot password?", enter your email and follow the reset link we send you. The link is valid for one hour.',
}
const requester = { name: 'Alex Moreau', email: 'alex@example.com' }
const AGENT_REPLY = 'Hi Alex, use "Forgot password?" on the sign-in page and follow the link we email you.'

describe('POST /v1/admin/dry-run for a Freshdesk account', () => {
  let acme: FdTenant
  let reset: FdTicketView
  let legal: FdTicketView
  let before: FdTicketView[]
  beforeAll(async () => {
    acme = await connectFreshdeskTenant('fd-dry-run', { mode: 'auto_reply' }, [RESET_ARTICLE])
    reset = await acme.sim.createTicket({
      subject: 'Forgot my password',
      body: 'Hello, I forgot my password and cannot log in. How do I reset it? Thanks!',
      requester,
      agentReply: AGENT_REPLY,
    })
    legal = await acme.sim.createTicket({
      subject: 'Charged twice',
      body: 'You charged my card twice. Refund it by Friday or my lawyer will take legal action.',
      requester,
    })
    before = [await acme.sim.ticket(reset.id), await acme.sim.ticket(legal.id)]
  })

  const run = async (body: unknown, headers?: Record<string, string>) =>
    SELF.fetch('https://worker.test/v1/admin/dry-run', {
      method: 'POST',
      headers: headers ?? (await acme.adminAuth()),
      body: JSON.stringify(body),
    })

  it('replays the latest tickets from the ticket list, the agents’ reply beside, nothing posted', async () => {
    const res = await run({ limit: 10 })
    expect(res.status).toBe(200)
    const { tickets } = await res.json<DryRunResponse>()
    expect(tickets.map((t) => t.ticketId)).toEqual([String(legal.id), String(reset.id)])
    const resetRun = tickets.find((t) => t.ticketId === String(reset.id))
    const legalRun = tickets.find((t) => t.ticketId === String(legal.id))
    expect(resetRun).toMatchObject({ subject: 'Forgot my password', channel: 'email', language: 'en' })
    expect(resetRun?.article?.title).toBe(RESET_ARTICLE.title)
    expect(resetRun?.confidence).toBeGreaterThan(0)
    expect(resetRun?.blockers).toEqual([])
    expect(resetRun?.agentReply).toBe(AGENT_REPLY)
    expect(legalRun?.blockers.map((r) => r.code)).toContain('sensitive_legal_threat')
    expect(legalRun?.agentReply).toBeNull()
    expect([await acme.sim.ticket(reset.id), await acme.sim.ticket(legal.id)]).toEqual(before)
  })

  it('reads no more tickets than asked for', async () => {
    const { tickets } = await (await run({ limit: 1 })).json<DryRunResponse>()
    expect(tickets.map((t) => t.ticketId)).toEqual([String(legal.id)])
  })

  it('answers 502, not a partial list, when Freshdesk fails', async () => {
    await acme.sim.fault({ method: 'GET', path: '^/api/v2/tickets$', status: 500, times: 10 })
    const res = await run({ limit: 10 })
    expect(res.status).toBe(502)
    expect(res.headers.get('content-type')).toContain('application/problem+json')
  })
})
