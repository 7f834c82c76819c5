import { describe, expect, it, vi } from 'vitest'
import type { ClientEvent, ClientResponse } from './client-protocol.ts'
import { createFreshdeskHost, type FreshdeskHostOptions } from './freshdesk-host.ts'
import { ticketSidebarData, type FreshdeskViewTicket } from './ticket-data.ts'

const TICKET: FreshdeskViewTicket = {
  id: 12,
  subject: 'Printer on fire',
  description: '<div>It is on fire.</div>',
  description_text: 'It is on fire.',
  status: 2,
  priority: 3,
  source: 1,
  type: null,
  tags: ['hardware'],
  requester_id: 5,
  responder_id: null,
  group_id: null,
  company_id: null,
  custom_fields: {},
  is_escalated: false,
  fr_escalated: false,
  nr_escalated: false,
  due_by: '2026-01-03T10:00:00Z',
  fr_due_by: '2026-01-01T14:00:00Z',
  nr_due_by: null,
  created_at: '2026-01-01T10:00:00Z',
  updated_at: '2026-01-01T10:00:00Z',
  stats: { first_responded_at: null, agent_responded_at: null, resolved_at: null },
  conversations: [],
  requester: {
    id: 5,
    name: 'Ann',
    email: 'ann@example.com',
    phone: null,
    mobile: null,
    tags: [],
    language: 'en',
    created_at: '2026-01-01T10:00:00Z',
    updated_at: '2026-01-01T10:00:00Z',
  },
}

const setup = (overrides: Partial<FreshdeskHostOptions> = {}) => {
  const sent: (ClientResponse | ClientEvent)[] = []
  const host = createFreshdeskHost({
    send: (message) => sent.push(message),
    data: (name) =>
      ticketSidebarData(
        name,
        TICKET,
        { id: 900, name: 'Alex', email: 'a@demo.example' },
        'demo.freshdesk.com',
      ),
    iparams: { backend_host: 'deskmate.example.workers.dev', freshdesk_domain: 'demo.freshdesk.com' },
    invokeTemplate: () => Promise.reject(new Error('no request expected')),
    onInterface: () => false,
    onResize: () => {},
    context: { location: 'ticket_sidebar' },
    ...overrides,
  })
  let id = 0
  const call = async (method: string, params: unknown = {}) => {
    await host.handleMessage({ fdClient: 'request', id: ++id, method, params })
    return sent.at(-1)
  }
  return { host, sent, call }
}

describe('createFreshdeskHost', () => {
  it('answers data.get with the ticket in REST shape, its SLA fields and labels', async () => {
    const { call } = setup()
    const answer = await call('data.get', { name: 'ticket' })
    expect(answer).toMatchObject({
      id: 1,
      result: {
        ticket: {
          id: 12,
          fr_due_by: '2026-01-01T14:00:00Z',
          nr_due_by: null,
          due_by: '2026-01-03T10:00:00Z',
          priority: 3,
          priority_label: 'High',
          status_label: 'Open',
        },
      },
    })
    const ticket = (answer as { result: { ticket: Record<string, unknown> } }).result.ticket
    expect(ticket).not.toHaveProperty('conversations')
    expect(await call('data.get', { name: 'loggedInUser' })).toMatchObject({
      result: { loggedInUser: { id: 900, contact: { email: 'a@demo.example' } } },
    })
    expect(await call('data.get', { name: 'domainName' })).toMatchObject({
      result: { domainName: 'demo.freshdesk.com' },
    })
    expect(await call('data.get', { name: 'nope' })).toMatchObject({ error: { status: 404 } })
  })

  it('returns all public iparams, one by name, and refuses any other name', async () => {
    const { call } = setup()
    expect(await call('iparams.get')).toEqual({
      fdClient: 'response',
      id: 1,
      result: { backend_host: 'deskmate.example.workers.dev', freshdesk_domain: 'demo.freshdesk.com' },
    })
    expect(await call('iparams.get', { name: 'freshdesk_domain' })).toMatchObject({
      result: { freshdesk_domain: 'demo.freshdesk.com' },
    })
    expect(await call('iparams.get', { name: 'shared_secret' })).toMatchObject({ error: { status: 404 } })
  })

  it('resolves invokeTemplate with the response and rejects with the platform error', async () => {
    const invokeTemplate = vi
      .fn()
      .mockResolvedValueOnce({ ok: true, result: { status: 200, headers: {}, response: '{}' } })
      .mockResolvedValueOnce({
        ok: false,
        error: { status: 401, headers: {}, response: '{"title":"Unauthorized"}', errorSource: 'APP' },
      })
    const { call } = setup({ invokeTemplate })
    const options = { context: { ticket_id: 12 }, body: '{}' }
    expect(await call('request.invokeTemplate', { name: 'getSettings', options })).toMatchObject({
      result: { status: 200, response: '{}' },
    })
    expect(invokeTemplate).toHaveBeenCalledWith('getSettings', options)
    expect(await call('request.invokeTemplate', { name: 'getSettings' })).toMatchObject({
      error: { status: 401, errorSource: 'APP' },
    })
  })

  it('routes interface.trigger to the view and rejects actions it does not model', async () => {
    const onInterface = vi.fn((action: string) => action === 'setValue')
    const { call } = setup({ onInterface })
    const options = { id: 'editor', text: '<p>Hello</p>', replace: true }
    expect(await call('interface.trigger', { action: 'setValue', options })).toMatchObject({ result: {} })
    expect(onInterface).toHaveBeenCalledWith('setValue', options)
    expect(await call('interface.trigger', { action: 'showModal', options: {} })).toMatchObject({
      error: { status: 400 },
    })
  })

  it('sends only the events the app listens for', async () => {
    const { host, sent, call } = setup()
    host.emit('ticket.propertiesUpdated', { id: 12 })
    expect(sent).toEqual([])
    await call('events.on', { event: 'ticket.propertiesUpdated' })
    host.emit('ticket.propertiesUpdated', { id: 12 })
    expect(sent.at(-1)).toEqual({ fdClient: 'event', event: 'ticket.propertiesUpdated', data: { id: 12 } })
  })

  it('resizes within Freshdesk’s 700 px limit and ignores foreign messages', async () => {
    const onResize = vi.fn()
    const { host, sent, call } = setup({ onResize })
    await call('instance.resize', { height: '500px' })
    await call('instance.resize', { height: 900 })
    expect(onResize.mock.calls).toEqual([['500px'], ['700px']])
    await host.handleMessage({ fdClient: 'request', id: 9, method: 'eval', params: {} })
    await host.handleMessage('{"fdClient":"request"}')
    expect(sent).toHaveLength(2)
  })
})
