import { env } from 'cloudflare:test'
import { beforeAll, describe, expect, it } from 'vitest'
import { createFreshdeskClient } from '../../src/helpdesks/freshdesk/adapter.ts'
import { freshdeskSimulatorUrl, fdAccount, fdRest } from '../helpers/freshdesk-sim.ts'

const WEBHOOK_URL = 'https://worker.test/v1/webhooks/freshdesk'

const newAccount = async (account: string, webhook?: { url: string; secret: string }) => {
  const res = await fetch(`${freshdeskSimulatorUrl()}/__sim/accounts`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ account, ...(webhook ? { webhook: { ...webhook, deliver: false } } : {}) }),
  })
  return (await res.json<{ apiKey: string }>()).apiKey
}

const client = (account: string, apiKey: string, webhookUrl?: string) =>
  createFreshdeskClient(
    {
      account,
      credentials: { helpdesk: 'freshdesk' },
      apiToken: apiKey,
      apiBase: env.FRESHDESK_API_BASE,
      sleep: async () => {},
    },
    webhookUrl ? { webhookUrl } : {},
  )

describe('the Freshdesk client against the simulator', () => {
  let apiKey: string
  beforeAll(async () => {
    apiKey = await newAccount('fd-client', { url: WEBHOOK_URL, secret: 'rule-secret' })
  })

  it('re-reads a ticket with its requester, status and update stamp', async () => {
    const created = await fdAccount('fd-client').createTicket({
      subject: 'Login',
      body: 'I forgot my password',
      priority: 'high',
      requester: { name: 'Emma', email: 'emma@example.com', tags: ['VIP'] },
    })
    const read = await client('fd-client', apiKey).fetchTicket(String(created.id))
    expect(read.ticket).toMatchObject({
      id: String(created.id),
      subject: 'Login',
      body: 'I forgot my password',
      priority: 'high',
      channel: 'email',
      requester: { name: 'Emma', email: 'emma@example.com', tags: ['VIP'] },
    })
    expect(read.status).toBe('open')
    expect(read.updatedStamp).toMatch(/^\d{4}-\d\d-\d\dT/)
  })

  it('merges tags with the ticket’s current ones (Freshdesk replaces the list) and sets the fields', async () => {
    const created = await fdAccount('fd-client').createTicket({ subject: 'Tags', body: 'x' })
    const path = `/api/v2/tickets/${created.id}`
    // Another integration tags the ticket after Deskmate read it.
    await fdRest('fd-client', apiKey, 'PUT', path, { tags: ['vip', 'Deskmate_Escalated'] })
    await client('fd-client', apiKey).applyUpdate(
      String(created.id),
      {
        comment: { html: '<p>Escalated</p>', isPublic: false },
        addTags: ['deskmate_escalated', 'deskmate_sensitive'],
        priority: 'urgent',
        groupId: '77',
        status: 'pending',
      },
      ['comment', 'tags', 'fields'],
      '',
      async () => {},
    )
    const ticket = await fdAccount('fd-client').ticket(created.id)
    expect(ticket.tags).toEqual(['vip', 'Deskmate_Escalated', 'deskmate_sensitive'])
    expect(ticket).toMatchObject({ priority: 4, group_id: 77, status: 3 })
    expect(ticket.conversations.map((c) => [c.private, c.body])).toEqual([[true, '<p>Escalated</p>']])
  })

  it('tells an admin API key from an agent’s', async () => {
    expect(await client('fd-client', apiKey).verifyCredentials()).toEqual({ userId: '900', role: 'admin' })
    await expect(client('fd-client', 'wrong-key').verifyCredentials()).rejects.toMatchObject({
      code: 'forbidden',
    })
  })

  it('reads the secret of the existing automation rule instead of creating another', async () => {
    const installation = await client('fd-client', apiKey, WEBHOOK_URL).install('1')
    expect(installation).toMatchObject({
      webhookSecret: 'rule-secret',
      parts: [{ kind: 'automation_rule', isCreated: false }],
    })
  })

  it('creates the rule with a new secret once, or names the rule to create without a webhook URL', async () => {
    const key = await newAccount('fd-norule')
    await expect(client('fd-norule', key).install('1')).rejects.toMatchObject({
      code: 'not_found',
    })
    const created = await client('fd-norule', key, WEBHOOK_URL).install('1')
    expect(created.parts).toMatchObject([{ kind: 'automation_rule', isCreated: true }])
    expect(created.webhookSecret.length).toBeGreaterThanOrEqual(40)
    const again = await client('fd-norule', key, WEBHOOK_URL).install('1')
    expect(again).toMatchObject({
      webhookSecret: created.webhookSecret,
      parts: [{ kind: 'automation_rule', isCreated: false }],
    })
    const rules = await fdRest<Array<{ actions: Array<{ url: string; custom_headers: object }> }>>(
      'fd-norule',
      key,
      'GET',
      '/api/v2/automations/1/rules',
    )
    expect(rules).toHaveLength(1)
    expect(rules[0]?.actions[0]).toMatchObject({
      url: WEBHOOK_URL,
      custom_headers: { 'X-Deskmate-Webhook-Secret': created.webhookSecret },
    })
  })
})
