import { env } from 'cloudflare:test'
import { inject, beforeAll, describe, expect, it } from 'vitest'
import { createSecretBox } from '../../src/crypto/secret-box.ts'
import { createTenantsRepo } from '../../src/db/tenants-repo.ts'
import { processTicketEvent } from '../../src/services/automation/process-ticket-event.ts'
import { fakeApiKey, readFakeRequests } from '../fakes/fake-anthropic-keys.ts'
import { seedSampleKb } from '../helpers/kb.ts'
import { connectTenant, putSettings, type ConnectedTenant } from '../helpers/zendesk-sim.ts'

const PII = [
  'emma.clarke@example.com',
  '4111 1111 1111 1111',
  '+44 20 7946 0958',
  'DE89 3704 0044 0532 0130 00',
]

describe('automation with the Claude engine', () => {
  let who: ConnectedTenant
  let apiKey: string
  beforeAll(async () => {
    who = await connectTenant('pii', { mode: 'draft_note' })
    await seedSampleKb(who)
    apiKey = fakeApiKey('ok')
    await putSettings(who, { anthropicApiKey: apiKey })
    const tenants = createTenantsRepo(env.DB, createSecretBox(env.ENCRYPTION_KEY))
    who.tenant = (await tenants.findById(who.tenant.id)) ?? who.tenant
  })

  it('never sends personal data to the LLM', async () => {
    const created = await who.sim.createTicket({
      subject: 'Forgot my password',
      // A question the KB clearly answers, so the Claude engine drafts the reply (the draft is what is sent).
      body: `I forgot my password and cannot sign in. How do I reset it? Mail me at ${PII[0]}, card ${PII[1]}, phone ${PII[2]}, IBAN ${PII[3]}.`,
      requester: { name: 'Emma Clarke', email: PII[0] },
    })
    const job = {
      kind: 'ticket_event' as const,
      tenantId: who.tenant.id,
      helpdesk: 'zendesk' as const,
      ticketId: String(created.id),
      event: 'ticket_created' as const,
      eventKey: `ticket_created:${created.id}`,
      receivedAt: new Date().toISOString(),
    }
    expect(await processTicketEvent(env, job, { sleep: async () => {} })).toBe('done')
    const requests = await readFakeRequests(inject('fakeAnthropicUrl'), apiKey)
    expect(requests.length).toBeGreaterThan(0)
    const sent = JSON.stringify(requests.map((r) => r.body))
    for (const value of PII) expect(sent).not.toContain(value)
  })
})
