import { afterEach, describe, expect, it, vi } from 'vitest'
import { WorkerResponseError } from '@deskmate/app-core'
import { createFakeZafParent, type ZafMessage } from '../testing/fake-zaf-parent.ts'
import { createZendeskHost } from './zendesk-host.ts'

const registration = {
  metadata: { appId: 1, installationId: 2, settings: { backend_url: 'https://api.deskmate.test/' } },
  context: { product: 'support', location: 'ticket_sidebar' },
}

const data: Record<string, unknown> = {
  'ticket.id': 42,
  'ticket.subject': 'Cannot log in',
  'ticket.description': 'Reset link broken',
  'ticket.priority': 'high',
  'ticket.tags': ['login'],
  'ticket.via': { channel: 'email' },
  'ticket.requester': { id: 7, name: 'Ana', email: 'ana@example.com', role: 'end-user', tags: ['gold'] },
  'ticket.organization': { id: 3, tags: ['enterprise'] },
  'ticket.createdAt': '2026-08-03T09:00:00Z',
  'ticket.status': 'open',
  'ticket.comments': [{ author: { role: 'end-user' } }, { author: { role: 'agent' }, isPublic: true }],
  currentUser: { id: 99, locale: 'pt-BR' },
  currentAccount: { subdomain: 'demo' },
}

let requestAnswers: Record<string, (message: ZafMessage) => unknown> = {}
let failingInvokes: string[] = []

const respond = (message: ZafMessage): unknown => {
  if (message.key === 'iframe.handshake') return { key: 'zaf.app.registered', message: registration }
  if (message.request === 'get') {
    const result: Record<string, unknown> = { errors: {} }
    for (const path of message.params as string[]) result[path] = data[path]
    return { id: message.id, result }
  }
  if (message.request === 'invoke') {
    const name = Object.keys(message.params as object)[0]!
    if (failingInvokes.includes(name))
      return { id: message.id, error: { name: 'APIUnavailable', message: 'No', path: name } }
    return { id: message.id, result: { errors: {} } }
  }
  if (message.request === 'set') return { id: message.id, result: { errors: {} } }
  const request = /^request:\d+$/.exec(message.key ?? '')
  if (request) {
    const url = String(message.message?.url)
    const answer = Object.entries(requestAnswers).find(([prefix]) => url.startsWith(prefix))?.[1]
    return answer
      ? answer(message)
      : { key: `zaf.${message.key}.fail`, message: { responseArgs: [{ status: 404 }, 'error'] } }
  }
  return undefined
}

const setup = async () => {
  const parent = createFakeZafParent(respond)
  await vi.waitFor(() => expect(parent.client).toHaveProperty('ready', true), { timeout: 5_000 })
  return { ...parent, host: createZendeskHost(parent.client, registration) }
}

let remove: (() => void) | undefined
afterEach(() => {
  remove?.()
  requestAnswers = {}
  failingInvokes = []
})

describe('createZendeskHost', () => {
  it('reads the ticket with one bulk get and maps it to a Ticket with SLA facts', async () => {
    const zaf = await setup()
    remove = zaf.remove
    const ticket = await zaf.host.getTicket()
    expect(ticket.id).toBe('42')
    expect(ticket.ticket).toMatchObject({
      subject: 'Cannot log in',
      body: 'Reset link broken',
      channel: 'email',
      priority: 'high',
    })
    expect(ticket.ticket.requester).toMatchObject({
      email: 'ana@example.com',
      organizationTags: ['enterprise'],
    })
    expect(ticket.sla).toMatchObject({
      tierTags: ['gold', 'enterprise'],
      hasAgentReply: true,
      isSolved: false,
    })
    expect(zaf.sent.filter((m) => m.request === 'get')[0]?.params).toContain('ticket.via')
  })

  it('reads the agent locale from currentUser', async () => {
    const zaf = await setup()
    remove = zaf.remove
    expect(await zaf.host.getLocale()).toBe('pt-BR')
  })

  it('calls the Worker through the proxy with the JWT options', async () => {
    const zaf = await setup()
    remove = zaf.remove
    requestAnswers['https://api.deskmate.test/v1/tickets/analyze'] = (m) => ({
      key: `zaf.${m.key}.done`,
      message: { responseArgs: [{ ok: true }, 'success'] },
    })
    expect(await zaf.host.callWorker('POST', '/v1/tickets/analyze', { ticket: { subject: 'x' } })).toEqual({
      ok: true,
    })
    const request = zaf.sent.find((m) => /^request:\d+$/.test(m.key ?? ''))?.message
    expect(request).toMatchObject({
      url: 'https://api.deskmate.test/v1/tickets/analyze',
      type: 'POST',
      data: '{"ticket":{"subject":"x"}}',
      secure: true,
      cors: false,
      headers: { Authorization: 'Bearer {{jwt.token}}' },
      jwt: {
        algorithm: 'HS256',
        secret_key: '{{setting.shared_secret}}',
        claims: { iss: 'https://demo.zendesk.com', aud: 'deskmate', sub: '99' },
      },
    })
  })

  it('rejects a failed Worker call with the status and problem body', async () => {
    const zaf = await setup()
    remove = zaf.remove
    const problem = { type: 't', title: 'Nope', status: 401, code: 'unauthorized' }
    requestAnswers['https://api.deskmate.test/'] = (m) => ({
      key: `zaf.${m.key}.fail`,
      message: {
        responseArgs: [{ status: 401, responseText: JSON.stringify(problem) }, 'error', 'Unauthorized'],
      },
    })
    const error = await zaf.host.callWorker('GET', '/v1/settings').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(WorkerResponseError)
    expect(error).toMatchObject({ status: 401, body: problem })
  })

  it('reads SLA policy metrics as SLA targets, and returns null when the request fails', async () => {
    const zaf = await setup()
    remove = zaf.remove
    const metrics = [{ metric: 'first_reply_time', stage: 'active', breach_at: '2026-08-03T10:00:00Z' }]
    requestAnswers['/api/v2/tickets/42.json?include=slas'] = (m) => ({
      key: `zaf.${m.key}.done`,
      message: { responseArgs: [{ ticket: { id: 42, slas: { policy_metrics: metrics } } }, 'success'] },
    })
    expect(await zaf.host.getSlaTargets('42')).toEqual([
      { metric: 'first_reply_time', stage: 'active', dueAt: '2026-08-03T10:00:00Z' },
    ])
    expect(await zaf.host.getSlaTargets('43')).toBeNull()
  })

  it('inserts HTML, falling back to text where the editor refuses HTML', async () => {
    const zaf = await setup()
    remove = zaf.remove
    await zaf.host.insertReply({ html: '<p>Hi</p>', text: 'Hi' })
    failingInvokes = ['ticket.comment.appendHtml']
    await zaf.host.insertReply({ html: '<p>Yo</p>', text: 'Yo' })
    const invokes = zaf.sent.filter((m) => m.request === 'invoke').map((m) => m.params)
    expect(invokes).toEqual([
      { 'ticket.comment.appendHtml': ['<p>Hi</p>'] },
      { 'ticket.comment.appendHtml': ['<p>Yo</p>'] },
      { 'ticket.comment.appendText': ['Yo'] },
    ])
  })

  it('sets the priority and resizes the frame', async () => {
    const zaf = await setup()
    remove = zaf.remove
    await zaf.host.setPriority('urgent')
    zaf.host.resize(412.2)
    await vi.waitFor(() => expect(zaf.sent.filter((m) => m.request === 'invoke')).toHaveLength(1), {
      timeout: 5_000,
    })
    expect(zaf.sent.find((m) => m.request === 'set')?.params).toEqual({ 'ticket.priority': 'urgent' })
    expect(zaf.sent.find((m) => m.request === 'invoke')?.params).toEqual({
      resize: [{ width: '100%', height: '413px' }],
    })
  })

  it('calls the listener on ticket change events until unsubscribed', async () => {
    const zaf = await setup()
    remove = zaf.remove
    const listener = vi.fn()
    const unsubscribe = zaf.host.onTicketChanged(listener)
    expect(zaf.sent.map((m) => m.key)).toContain('iframe.on:ticket.comments.changed')
    zaf.reply({ key: 'zaf.ticket.updated', message: {} })
    zaf.reply({ key: 'zaf.ticket.subject.changed', message: 'New' })
    expect(listener).toHaveBeenCalledTimes(2)
    unsubscribe()
    zaf.reply({ key: 'zaf.ticket.updated', message: {} })
    expect(listener).toHaveBeenCalledTimes(2)
  })
})
