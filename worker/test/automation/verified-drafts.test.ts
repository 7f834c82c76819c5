import { SELF, env } from 'cloudflare:test'
import { TAG_AUTO_REPLIED, TAG_DRAFT_NOTED, type ActivityResponse } from '@deskmate/shared'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { createSecretBox } from '../../src/crypto/secret-box.ts'
import { createTenantsRepo } from '../../src/db/tenants-repo.ts'
import { processTicketEvent } from '../../src/services/automation/process-ticket-event.ts'
import { fakeApiKey, scriptFakeReply } from '../fakes/fake-anthropic-keys.ts'
import { seedSampleKb } from '../helpers/kb.ts'
import {
  connectTenant,
  deskmateComments,
  jobFor,
  putSettings,
  type ConnectedTenant,
  type SimNewTicket,
} from '../helpers/zendesk-sim.ts'

const FORGOT_PASSWORD: SimNewTicket = {
  subject: 'Forgot my password',
  body: 'Hello, I forgot my password and cannot log in. How do I reset my password?',
  channel: 'email',
  requester: { name: 'Emma Clarke', email: 'emma@example.com' },
}

describe('automatic replies drafted by Claude', () => {
  let who: ConnectedTenant
  let apiKey: string
  beforeAll(async () => {
    who = await connectTenant('verified-drafts', { mode: 'auto_reply' })
    await seedSampleKb(who)
    apiKey = fakeApiKey('ok')
    await putSettings(who, { anthropicApiKey: apiKey })
    const tenants = createTenantsRepo(env.DB, createSecretBox(env.ENCRYPTION_KEY))
    who.tenant = (await tenants.findById(who.tenant.id)) ?? who.tenant
  })

  const run = async (draft: string) => {
    await scriptFakeReply(inject('fakeAnthropicUrl'), apiKey, draft)
    const created = await who.sim.createTicket(FORGOT_PASSWORD)
    expect(await processTicketEvent(env, jobFor(who, created.id), { sleep: async () => {} })).toBe('done')
    const res = await SELF.fetch(`https://worker.test/v1/activity?ticketId=${created.id}`, {
      headers: await who.auth(),
    })
    const { items } = await res.json<ActivityResponse>()
    return { ticket: await who.sim.ticket(created.id), activity: items }
  }

  it('posts a draft whose facts come from the cited article, recording what it was allowed on', async () => {
    const { ticket, activity } = await run(
      'Hi Emma, open the sign-in page and click "Forgot password?" [#reset-password-en]. ' +
        'Details: https://help.example.com/en/reset-password',
    )
    expect(deskmateComments(ticket).map((c) => c.public)).toEqual([true])
    expect(ticket.tags).toContain(TAG_AUTO_REPLIED)
    expect(activity[0]?.decision).toBe('auto_replied')
    expect(activity[0]?.allowedBecause?.map((r) => r.code)).toEqual([
      'article_confident',
      'category_allowed',
      'sentiment_ok',
      'channel_allowed',
      'language_supported',
    ])
    expect(activity[0]?.allowedBecause?.[0]?.params?.article).toBe('Reset your password')
  })

  it('leaves a draft with an invented phone number and deadline as an internal note with the reasons', async () => {
    const { ticket, activity } = await run(
      'Hi Emma, call our hotline on +1 800 555 0199 and we will reset it within 2 hours [#reset-password-en].',
    )
    const [note] = deskmateComments(ticket)
    expect(note?.public).toBe(false)
    expect(note?.html_body).toContain('It was not sent automatically because')
    expect(note?.html_body).toContain('+1 800 555 0199')
    expect(ticket.tags).toEqual(
      expect.arrayContaining([
        TAG_DRAFT_NOTED,
        'deskmate_reason_draft_unverified',
        'deskmate_reason_draft_unstated_promise',
      ]),
    )
    expect(ticket.tags).not.toContain(TAG_AUTO_REPLIED)
    expect(activity[0]?.decision).toBe('draft_noted')
    expect(activity[0]?.reasons.map((r) => [r.code, r.params?.claim ?? r.params?.promise])).toEqual([
      ['draft_unverified', 'phone'],
      ['draft_unstated_promise', 'deadline'],
    ])
  })
})
