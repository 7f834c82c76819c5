import { env } from 'cloudflare:test'
import { TAG_ESCALATED } from '@deskmate/shared'
import { beforeAll, describe, expect, it } from 'vitest'
import { createAuditRepo } from '../../src/db/audit-repo.ts'
import { processTicketEvent } from '../../src/services/automation/process-ticket-event.ts'
import { seedSampleKb } from '../helpers/kb.ts'
import {
  connectTenant,
  deskmateComments,
  jobFor,
  type ConnectedTenant,
  type SimNewTicket,
} from '../helpers/zendesk-sim.ts'

const noWait = { sleep: async () => {} }
const requester = { name: 'Alex Moreau', email: 'alex@example.com' }

/** Tickets that were answered automatically before topic scoring: none names its topic with a keyword list's words. */
const CASES: [string, SimNewTicket, string, string][] = [
  [
    'someone else is in my account',
    {
      subject: 'Password reset',
      body: 'I received a password reset email I did not request, and now my settings look different. Someone else is in my account.',
      channel: 'email',
      requester,
    },
    'sensitive_security_incident',
    'Reports a security incident or account takeover',
  ],
  [
    'all my data is gone',
    {
      subject: 'Notes missing',
      body: 'After syncing my phone and laptop, all my notes from last year are gone.',
      channel: 'email',
      requester,
    },
    'sensitive_data_loss',
    'Reports data loss',
  ],
  [
    'a self-harm message in German',
    {
      subject: 'Hilfe',
      body: 'Ich will einfach nicht mehr leben. Alles bricht zusammen.',
      channel: 'email',
      requester,
    },
    'sensitive_self_harm',
    'Safety first: the customer mentions self-harm.',
  ],
]

describe('automation on sensitive tickets', () => {
  let auto: ConnectedTenant
  beforeAll(async () => {
    auto = await connectTenant('sensitive-auto', { mode: 'auto_reply' })
    await seedSampleKb(auto)
  })

  it.each(CASES)('escalates %s with the reason shown to agents', async (_name, ticket, code, shown) => {
    const created = await auto.sim.createTicket(ticket)
    expect(await processTicketEvent(env, jobFor(auto, created.id), noWait)).toBe('done')
    const after = await auto.sim.ticket(created.id)
    const comments = deskmateComments(after)
    expect(comments).toHaveLength(1)
    expect(comments[0]?.public).toBe(false)
    expect(comments[0]?.html_body).toContain(shown)
    expect(after.tags).toEqual(expect.arrayContaining([TAG_ESCALATED, `deskmate_reason_${code}`]))
    const audit = await createAuditRepo(env.DB, auto.tenant.id).list({
      ticketId: String(created.id),
      limit: 5,
    })
    expect(audit[0]?.decision).toBe('escalated')
    expect(audit[0]?.reasons.map((r) => r.code)).toContain(code)
  })
})
