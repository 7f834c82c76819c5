import { SELF } from 'cloudflare:test'
import { DEFAULT_SETTINGS, TAG_AUTO_REPLIED, projectDryRun, type DryRunResponse } from '@deskmate/shared'
import { beforeAll, describe, expect, it } from 'vitest'
import { seedSampleKb } from '../helpers/kb.ts'
import { connectTenant, type ConnectedTenant, type SimTicketView } from '../helpers/zendesk-sim.ts'

const url = 'https://worker.test/v1/admin/dry-run'
const requester = { name: 'Alex Moreau', email: 'alex@example.com' }
const AGENT_REPLY = 'Hi Alex, use "Forgot password?" on the sign-in page and follow the link we email you.'

describe('POST /v1/admin/dry-run', () => {
  let acme: ConnectedTenant
  let reset: SimTicketView
  let legal: SimTicketView
  let answered: SimTicketView
  let before: SimTicketView[]
  beforeAll(async () => {
    acme = await connectTenant('dry-run-acme', { mode: 'auto_reply' })
    await seedSampleKb(acme)
    reset = await acme.sim.createTicket({
      subject: 'Forgot my password',
      body: 'Hello, I forgot my password and cannot log in. How do I reset it? Thanks!',
      channel: 'email',
      requester,
    })
    await acme.sim.comment(reset.id, { body: AGENT_REPLY, public: true, author: 'agent' })
    legal = await acme.sim.createTicket({
      subject: 'Charged twice',
      body: 'You charged my card twice. Refund it by Friday or my lawyer will take legal action.',
      channel: 'email',
      requester,
    })
    answered = await acme.sim.createTicket({
      subject: 'Reset link',
      body: 'Where do I find the link to reset my password?',
      channel: 'web',
      tags: [TAG_AUTO_REPLIED],
      requester,
    })
    await acme.sim.comment(answered.id, {
      body: 'Deskmate: open the sign-in page.',
      public: true,
      author: 'agent',
    })
    await acme.sim.comment(answered.id, { body: 'Did that help?', public: true, author: 'agent' })
    before = await acme.sim.tickets()
  })

  const run = async (body: unknown, headers?: Record<string, string>) =>
    SELF.fetch(url, {
      method: 'POST',
      headers: headers ?? (await acme.adminAuth()),
      body: JSON.stringify(body),
    })

  it('replays the latest tickets: article and confidence, fixed blockers, the agents’ reply beside', async () => {
    const res = await run({ limit: 10 })
    expect(res.status).toBe(200)
    const { tickets } = await res.json<DryRunResponse>()
    const resetRun = tickets.find((t) => t.ticketId === String(reset.id))
    const legalRun = tickets.find((t) => t.ticketId === String(legal.id))
    expect(resetRun).toMatchObject({ subject: 'Forgot my password', channel: 'email', language: 'en' })
    expect(resetRun?.article?.id).toBe('reset-password-en')
    expect(resetRun?.confidence).toBeGreaterThan(0)
    expect(resetRun?.blockers).toEqual([])
    expect(resetRun?.agentReply).toBe(AGENT_REPLY)
    expect(legalRun?.blockers.map((r) => r.code)).toContain('sensitive_legal_threat')
    expect(legalRun?.agentReply).toBeNull()
  })

  it('replays a ticket Deskmate answered as new, beside the agents’ reply, not its own', async () => {
    const { tickets } = await (await run({ limit: 10 })).json<DryRunResponse>()
    const replayed = tickets.find((t) => t.ticketId === String(answered.id))
    expect(replayed?.blockers.map((r) => r.code)).not.toContain('already_answered')
    expect(replayed?.agentReply).toBe('Did that help?')
  })

  it('moves with the threshold and the categories, computed once', async () => {
    const { tickets } = await (await run({ limit: 10 })).json<DryRunResponse>()
    const resetRun = tickets.find((t) => t.ticketId === String(reset.id))!
    const policy = { ...DEFAULT_SETTINGS, allowedCategories: [resetRun.category], retrievalThreshold: 0 }
    const open = projectDryRun(tickets, policy)
    const outcomeOf = (projection: typeof open, id: number) =>
      projection.rows.find((row) => row.ticket.ticketId === String(id))?.outcome
    expect(outcomeOf(open, reset.id)).toBe('answer')
    expect(outcomeOf(open, legal.id)).toBe('escalate')
    expect(open.rate).toBeCloseTo(open.answered / tickets.length)
    const strict = projectDryRun(tickets, { ...policy, retrievalThreshold: 1 })
    expect(outcomeOf(strict, reset.id)).toBe(resetRun.confidence === 1 ? 'answer' : 'escalate')
    const noCategory = projectDryRun(tickets, { ...policy, allowedCategories: [] })
    expect(noCategory.answered).toBe(0)
    expect(noCategory.rows.find((r) => r.ticket.ticketId === String(reset.id))?.reasons[0]?.code).toBe(
      'category_not_allowed',
    )
  })

  it('posts nothing to the helpdesk', async () => {
    await run({ limit: 10 })
    expect(await acme.sim.tickets()).toEqual(before)
  })

  it('refuses an agent with 403 admin_required', async () => {
    const res = await run({ limit: 10 }, await acme.auth())
    expect(res.status).toBe(403)
    expect((await res.json<{ code: string }>()).code).toBe('admin_required')
  })

  it.each([[{ limit: 0 }], [{ limit: 51 }], [{ limit: 10, extra: true }]])(
    'refuses %j with 400',
    async (body) => {
      expect((await run(body)).status).toBe(400)
    },
  )
})
