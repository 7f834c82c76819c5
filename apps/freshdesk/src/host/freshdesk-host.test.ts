import { describe, expect, it, vi } from 'vitest'
import { WorkerResponseError } from '@deskmate/app-core'
import { createFakeFreshworksClient } from '../testing/fake-freshworks-client.ts'
import { createFreshdeskHost } from './freshdesk-host.ts'

const TICKET = {
  id: 42,
  subject: 'Forgot my password',
  description: '<p>I cannot log in</p>',
  description_text: 'I cannot log in',
  status: 2,
  priority: 3,
  source: 1,
  tags: ['vip'],
  created_at: '2026-01-05T09:00:00Z',
  due_by: '2026-01-06T09:00:00Z',
  fr_due_by: '2026-01-05T13:00:00Z',
  nr_due_by: null,
}

const hostWith = (setup: Parameters<typeof createFakeFreshworksClient>[0] = {}) => {
  const fake = createFakeFreshworksClient({
    data: {
      ticket: TICKET,
      requester: { name: 'Ana', email: 'ana@example.com' },
      loggedInUser: { contact: { name: 'Sam Agent', language: 'pt-BR' } },
    },
    iparams: { backend_host: 'deskmate.example.workers.dev' },
    ...setup,
  })
  return { ...fake, host: createFreshdeskHost(fake.client) }
}

describe('createFreshdeskHost', () => {
  it('maps the ticket and its SLA facts through the shared Freshdesk mapper', async () => {
    const { host } = hostWith()
    const { id, ticket, sla } = await host.getTicket()
    expect(id).toBe('42')
    expect(ticket).toMatchObject({
      subject: 'Forgot my password',
      body: 'I cannot log in',
      channel: 'email',
      priority: 'high',
      tags: ['vip'],
      requester: { name: 'Ana', email: 'ana@example.com' },
      createdAt: '2026-01-05T09:00:00.000Z',
    })
    expect(sla).toEqual({
      createdAt: '2026-01-05T09:00:00.000Z',
      channel: 'email',
      priority: 'high',
      tierTags: [],
      hasAgentReply: false,
      isSolved: false,
    })
  })

  it('counts down to fr_due_by until the first response, then nr_due_by, else due_by', async () => {
    expect(await hostWith().host.getSlaTargets('42')).toEqual([
      { metric: 'first_reply_time', stage: 'active', dueAt: '2026-01-05T13:00:00.000Z' },
    ])
    const responded = { ...TICKET, stats: { first_responded_at: '2026-01-05T10:00:00Z' } }
    const next = hostWith({ data: { ticket: { ...responded, nr_due_by: '2026-01-05T15:00:00Z' } } })
    expect(await next.host.getSlaTargets('42')).toEqual([
      { metric: 'next_reply_time', stage: 'active', dueAt: '2026-01-05T15:00:00.000Z' },
    ])
    expect(await hostWith({ data: { ticket: responded } }).host.getSlaTargets('42')).toEqual([
      { metric: 'total_resolution_time', stage: 'active', dueAt: '2026-01-06T09:00:00.000Z' },
    ])
  })

  it('shows paused on a status that stops the timer and falls back without due dates', async () => {
    expect(await hostWith({ data: { ticket: { ...TICKET, status: 3 } } }).host.getSlaTargets('42')).toEqual([
      { metric: 'first_reply_time', stage: 'paused', dueAt: null },
    ])
    const custom = { ...TICKET, status: 7, status_stop_sla_timer: true }
    expect((await hostWith({ data: { ticket: custom } }).host.getSlaTargets('42'))?.[0]?.stage).toBe('paused')
    const none = { ...TICKET, fr_due_by: null, due_by: null }
    expect(await hostWith({ data: { ticket: none } }).host.getSlaTargets('42')).toBeNull()
  })

  it('reads the agent name and locale from loggedInUser, English when unavailable', async () => {
    const { host } = hostWith()
    expect(await host.getAgentName?.()).toBe('Sam Agent')
    expect(await host.getLocale()).toBe('pt-BR')
    expect(await hostWith({ data: { ticket: TICKET } }).host.getLocale()).toBe('en')
  })

  it('inserts into the open reply editor, or opens the reply editor with the text', async () => {
    const open = hostWith()
    await open.host.insertReply({ html: '<p>Hi</p>', text: 'Hi' })
    expect(open.calls.filter((c) => c.api === 'interface.trigger')).toEqual([
      {
        api: 'interface.trigger',
        name: 'setValue',
        options: { id: 'editor', text: '<p>Hi</p>', replace: false, position: 'end' },
      },
    ])
    const closed = hostWith({
      trigger: (method) =>
        method === 'setValue' ? Promise.reject(new Error('no editor')) : Promise.resolve({}),
    })
    await closed.host.insertReply({ html: '<p>Hi</p>', text: 'Hi' })
    expect(closed.calls.at(-1)).toEqual({
      api: 'interface.trigger',
      name: 'click',
      options: { id: 'reply', text: '<p>Hi</p>' },
    })
  })

  it("sets the priority field with Freshdesk's numeric codes", async () => {
    const { host, calls } = hostWith()
    await host.setPriority('urgent')
    await host.setPriority('low')
    expect(calls.filter((c) => c.api === 'interface.trigger').map((c) => c.options)).toEqual([
      { id: 'priority', value: 4 },
      { id: 'priority', value: 1 },
    ])
  })

  it('calls the Worker through the request template for the path, with path parameters as context', async () => {
    const invokeTemplate = vi.fn(async () => ({ status: 200, response: '{"items":[]}' }))
    const { host } = hostWith({ invokeTemplate })
    expect(await host.callWorker('GET', '/v1/activity?ticketId=42&limit=10')).toEqual({ items: [] })
    await host.callWorker('POST', '/v1/tickets/analyze', { ticket: { subject: 'x' } })
    expect(invokeTemplate.mock.calls).toEqual([
      ['listActivity', { context: { ticket_id: '42', limit: '10' } }],
      ['analyzeTicket', { context: {}, body: '{"ticket":{"subject":"x"}}' }],
    ])
  })

  it('rejects with WorkerResponseError outside 2xx, whether the template resolves or rejects', async () => {
    const problem = { status: 401, response: '{"code":"unauthorized"}' }
    const rejecting = hostWith({ invokeTemplate: () => Promise.reject(problem) })
    const error = await rejecting.host.callWorker('GET', '/v1/settings').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(WorkerResponseError)
    expect(error).toMatchObject({ status: 401, body: { code: 'unauthorized' } })
    const resolving = hostWith({ invokeTemplate: async () => ({ status: 503, response: 'down' }) })
    await expect(resolving.host.callWorker('GET', '/v1/settings')).rejects.toMatchObject({ status: 503 })
    const network = hostWith({ invokeTemplate: () => Promise.reject(new Error('timeout')) })
    await expect(network.host.callWorker('GET', '/v1/settings')).rejects.toMatchObject({ status: 0 })
    await expect(network.host.callWorker('DELETE', '/v1/settings')).rejects.toThrow(/No request template/)
  })

  it('resolves stream URLs against https://<backend_host>', async () => {
    const { host } = hostWith()
    expect(await host.resolveWorkerUrl('/v1/replies/stream/abc')).toBe(
      'https://deskmate.example.workers.dev/v1/replies/stream/abc',
    )
  })

  it('re-reads on ticket.propertiesUpdated until unsubscribed, and resizes the instance', async () => {
    const { host, calls, fire } = hostWith()
    const listener = vi.fn()
    const stop = host.onTicketChanged(listener)
    fire('ticket.propertiesUpdated')
    stop()
    fire('ticket.propertiesUpdated')
    expect(listener).toHaveBeenCalledTimes(1)
    host.resize(320.4)
    await Promise.resolve()
    expect(calls.at(-1)).toEqual({ api: 'instance.resize', name: 'resize', options: { height: '321px' } })
  })
})
