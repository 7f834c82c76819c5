import { env } from 'cloudflare:test'
import { OUTCOME_TAGS } from '@deskmate/shared'
import { beforeAll, describe, expect, it } from 'vitest'
import { createAuditRepo } from '../../src/db/audit-repo.ts'
import { createRandom } from '../../src/engines/local/classifier/random.ts'
import { fakeApiKey } from '../fakes/fake-anthropic-keys.ts'
import { seedSampleKb } from '../helpers/kb.ts'
import {
  connectTenant,
  deliver,
  deskmateComments,
  putSettings,
  type ConnectedTenant,
  type SimTicketView,
} from '../helpers/zendesk-sim.ts'
import { DEFAULT_MIX } from '../soak/delivery-mix.ts'
import { judgeSoak, type TicketOutcome } from '../soak/judge-soak.ts'
import { runDeliveries, type SoakAccount, type SoakTicket } from '../soak/run-deliveries.ts'

// A small version of `npm run soak`, inside the Worker's test runtime (its queue, the simulator, the fake
// Anthropic API): every valid ticket must end with exactly one outcome, whatever the faults.
const DELIVERIES = 150
// How long the queue may take to give every ticket its outcome once the deliveries are sent.
const DRAIN_MS = 100_000

describe('a small soak of the ticket pipeline', () => {
  const tenants: ConnectedTenant[] = []
  beforeAll(async () => {
    const modes = ['auto_reply', 'auto_reply', 'draft_note', 'auto_reply', 'auto_reply'] as const
    for (const [i, mode] of modes.entries()) {
      const who = await connectTenant(`soak-${i}`, { mode })
      await seedSampleKb(who)
      tenants.push(who)
    }
    // The Claude path for two tenants, with one LLM request in 20 failing (the SDK retries; the engine falls
    // back to the local one when the retries fail too).
    await putSettings(tenants[0] as ConnectedTenant, { anthropicApiKey: fakeApiKey('flaky') })
    await putSettings(tenants[1] as ConnectedTenant, { anthropicApiKey: fakeApiKey('flaky') })
  }, 60_000)

  it('gives every valid ticket exactly one outcome under duplicates, replays, bad input and faults', async () => {
    const accounts: SoakAccount[] = tenants.map((who) => ({
      account: who.sim.account,
      webhookSecret: who.webhookSecret,
      createTicket: (input) => who.sim.createTicket(input),
      fault: (fault) => who.sim.fault(fault),
    }))
    const { sent, tickets } = await runDeliveries(DELIVERIES, DEFAULT_MIX, createRandom(20_261_203), {
      accounts,
      // Writes answered after the Worker's 10 s timeout would hold the local queue's one batch at a time for
      // 10 s each: one-reply.test.ts covers them quickly, `npm run soak` at scale.
      lateWriteMs: null,
      concurrency: 6,
      send: async (delivery) => {
        const res = await deliver({ url: '', ...delivery })
        await res.body?.cancel()
        return res.status
      },
    })
    const outcomes = await collectOutcomes(tenants, tickets)
    const verdict = judgeSoak(sent, outcomes)
    expect(verdict.violations).toEqual([])
    expect(verdict.figures.validTickets).toBeGreaterThan(DELIVERIES * 0.75)
    expect(verdict.figures.withOneOutcome).toBe(verdict.figures.validTickets)
  }, 180_000)
})

/** What the simulator shows for a ticket, with its audit entries. */
const outcomeOf = async (ticket: SoakTicket, view: SimTicketView): Promise<TicketOutcome> => {
  const comments = deskmateComments(view)
  const audit = await createAuditRepo(env.DB, `zendesk:${ticket.account.account}`).list({
    ticketId: String(ticket.id),
    limit: 10,
  })
  return {
    ticket: ticket.key,
    deskmateComments: comments.length,
    publicReplies: comments.filter((c) => c.public).length,
    outcomeTags: view.tags.filter((tag) => (OUTCOME_TAGS as readonly string[]).includes(tag)),
    auditEntries: audit.length,
  }
}

/** Every account's tickets by `account/id` (one simulator call per account). */
const viewsOf = async (tenants: ConnectedTenant[]): Promise<Map<string, SimTicketView>> => {
  const views = new Map<string, SimTicketView>()
  for (const who of tenants)
    for (const view of await who.sim.tickets()) views.set(`${who.sim.account}/${view.id}`, view)
  return views
}

/** Waits (bounded) until every ticket shows a Deskmate comment, then reads each one's outcome. */
const collectOutcomes = async (
  tenants: ConnectedTenant[],
  tickets: SoakTicket[],
): Promise<TicketOutcome[]> => {
  const deadline = Date.now() + DRAIN_MS
  for (;;) {
    const views = await viewsOf(tenants)
    const pending = tickets.filter((t) => deskmateComments(views.get(t.key) as SimTicketView).length === 0)
    if (pending.length === 0 || Date.now() > deadline) break
    await new Promise((resolve) => setTimeout(resolve, 1_000))
  }
  // The audit entry is written just after the helpdesk update: give the last ones a moment.
  await new Promise((resolve) => setTimeout(resolve, 1_000))
  const views = await viewsOf(tenants)
  const outcomes: TicketOutcome[] = []
  for (const ticket of tickets) {
    const view = views.get(ticket.key)
    if (view) outcomes.push(await outcomeOf(ticket, view))
  }
  return outcomes
}
