import { describe, expect, it, vi } from 'vitest'
import { toWorkspaceTicket } from './demo-ticket.ts'
import { createTicketStore } from './ticket-store.ts'
import { createZafHost, type ZafHostOptions } from './zaf-host.ts'
import type { ProxyResult } from './zaf-request.ts'

const GUID = 'guid-123'

const setup = (overrides: Partial<ZafHostOptions> = {}) => {
  const store = createTicketStore(
    toWorkspaceTicket(
      {
        id: '12',
        subject: 'Printer on fire',
        body: 'It is on fire.',
        channel: 'phone',
        priority: 'normal',
        tags: ['hardware'],
        requester: { name: 'Ann', email: 'ann@example.com', organizationTags: ['vip'] },
        createdAt: '2026-01-01T10:00:00Z',
      },
      0,
    ),
  )
  const sent: Record<string, unknown>[] = []
  const host = createZafHost({
    appGuid: GUID,
    store,
    agent: { id: 7, name: 'Alex', email: 'alex@demo.example', locale: 'de', timeZone: 'Europe/Berlin' },
    send: (message) => sent.push(message as Record<string, unknown>),
    request: () => Promise.reject(new Error('no request expected')),
    registration: {
      metadata: {
        appId: 1,
        installationId: 2,
        name: 'Deskmate',
        version: '1.0.0',
        settings: { backend_url: 'x' },
      },
      context: {
        product: 'support',
        location: 'ticket_sidebar',
        instanceGuid: GUID,
        account: { subdomain: 'demo' },
        ticketId: 12,
      },
    },
    ...overrides,
  })
  // The SDK sends its messages as JSON strings.
  const post = (message: object) =>
    host.handleMessage(JSON.stringify({ ...message, appGuid: GUID, instanceGuid: GUID }))
  return { store, sent, host, post }
}

describe('createZafHost', () => {
  it('answers the handshake with zaf.app.registered carrying metadata and context', () => {
    const { sent, post, host } = setup()
    post({ key: 'iframe.handshake', message: { version: '2.0.9' } })
    expect(host.isRegistered()).toBe(true)
    expect(sent[0]).toMatchObject({
      key: 'zaf.app.registered',
      message: { metadata: { appId: 1, settings: { backend_url: 'x' } }, context: { ticketId: 12 } },
    })
  })

  it('answers a bulk get with values and an errors map for unknown paths', () => {
    const { sent, post } = setup()
    post({
      id: 2,
      request: 'get',
      params: ['ticket.subject', 'currentUser.locale', 'ticket.via.channel', 'ticket.nope'],
    })
    expect(sent[0]).toEqual({
      id: 2,
      result: {
        'ticket.subject': 'Printer on fire',
        'currentUser.locale': 'de',
        'ticket.via.channel': 'voice',
        errors: { 'ticket.nope': { message: 'No such API', name: 'APIUnavailable', path: 'ticket.nope' } },
      },
    })
  })

  it('describes the signed-in agent as an admin with an email, as registration needs', () => {
    const { sent, post } = setup()
    post({ id: 4, request: 'get', params: ['currentUser'] })
    const user = (sent[0]?.result as Record<string, unknown>)['currentUser']
    expect(user).toMatchObject({ role: 'admin', email: expect.stringContaining('@') })
  })

  it('returns the requester, organization and comments in ZAF shapes', () => {
    const { sent, post } = setup()
    post({ id: 3, request: 'get', params: ['ticket.requester', 'ticket.organization', 'ticket.comments'] })
    const result = sent[0]?.result as Record<string, unknown>
    expect(result['ticket.requester']).toMatchObject({ name: 'Ann', email: 'ann@example.com' })
    expect(result['ticket.organization']).toMatchObject({ name: 'example.com', tags: ['vip'] })
    expect(result['ticket.comments']).toEqual([
      expect.objectContaining({
        value: '<p>It is on fire.</p>',
        author: expect.objectContaining({ role: 'end-user' }),
      }),
    ])
  })

  it('sets ticket fields and reports invalid values per path', () => {
    const { sent, post, store } = setup()
    post({ id: 4, request: 'set', params: { 'ticket.priority': 'urgent', 'ticket.type': 'bogus' } })
    expect(store.get().priority).toBe('urgent')
    expect(store.get().type).toBeNull()
    expect(sent[0]).toMatchObject({
      id: 4,
      result: { 'ticket.priority': 'urgent', errors: { 'ticket.type': { name: 'InvalidValue' } } },
    })
  })

  it('appends text, HTML and markdown to the composer', () => {
    const { post, store } = setup()
    post({ id: 5, request: 'invoke', params: { 'ticket.comment.appendText': ['Hello Ann,'] } })
    post({
      id: 6,
      request: 'invoke',
      params: { 'ticket.comment.appendHtml': ['<p>Step&nbsp;1</p><p>Step 2</p>'] },
    })
    post({ id: 7, request: 'invoke', params: { 'ticket.comment.appendMarkdown': ['**Thanks**'] } })
    expect(store.get().composer.text).toBe('Hello Ann,\nStep 1\n\nStep 2\n**Thanks**')
  })

  it('resizes the frame and reports unknown actions', () => {
    const onResize = vi.fn()
    const { sent, post } = setup({ onResize })
    post({ id: 8, request: 'invoke', params: { resize: [{ width: '100%', height: '450px' }] } })
    post({ id: 9, request: 'invoke', params: { 'ticket.explode': [] } })
    expect(onResize).toHaveBeenCalledWith({ width: '100%', height: '450px' })
    expect(sent).toEqual([
      { id: 8, result: { errors: {} } },
      {
        id: 9,
        result: { errors: { 'ticket.explode': expect.objectContaining({ name: 'APIUnavailable' }) } },
      },
    ])
  })

  it('emits field events to subscribed apps only when the agent edits', () => {
    const { sent, post, store } = setup()
    post({ key: 'iframe.on:ticket.priority.changed', message: { subscriberCount: 1 } })
    post({ key: 'iframe.on:ticket.updated', message: { subscriberCount: 1 } })
    store.update({ priority: 'high' }, 'agent')
    store.update({ priority: 'low' }, 'app')
    store.update({ subject: 'Printer still on fire' }, 'agent')
    expect(sent.map((message) => message.key)).toEqual([
      'zaf.ticket.priority.changed',
      'zaf.ticket.updated',
      'zaf.ticket.updated',
    ])
    expect(sent[0]?.message).toBe('high')
  })

  it('stops emitting once the app unsubscribes', () => {
    const { sent, post, store } = setup()
    post({ key: 'iframe.on:ticket.subject.changed', message: { subscriberCount: 1 } })
    post({ key: 'iframe.off:ticket.subject.changed', message: { subscriberCount: 0 } })
    store.update({ subject: 'New subject' }, 'agent')
    expect(sent).toEqual([])
  })

  it('answers request:<n> with a done message holding the parsed body', async () => {
    const result: ProxyResult = {
      status: 200,
      statusText: 'OK',
      headers: { 'content-type': 'application/json' },
      responseText: '{"ok":true}',
    }
    const request = vi.fn(() => Promise.resolve(result))
    const { sent, post } = setup({ request })
    post({ key: 'request:1', message: { url: '{{setting.backend_url}}/healthz', secure: true } })
    await vi.waitFor(() => expect(sent).toHaveLength(1))
    expect(request).toHaveBeenCalledWith({ url: '{{setting.backend_url}}/healthz', secure: true })
    expect(sent[0]).toMatchObject({
      key: 'zaf.request:1.done',
      message: { responseArgs: [{ ok: true }, 'success', { status: 200 }] },
    })
  })

  it('answers a failed request with status, statusText and responseText', async () => {
    const request = () =>
      Promise.resolve({ status: 500, statusText: 'Internal Server Error', headers: {}, responseText: 'boom' })
    const { sent, post } = setup({ request })
    post({ key: 'request:2', message: { url: 'https://x.example/a' } })
    await vi.waitFor(() => expect(sent).toHaveLength(1))
    expect(sent[0]).toMatchObject({
      key: 'zaf.request:2.fail',
      message: {
        responseArgs: [
          { status: 500, statusText: 'Internal Server Error', responseText: 'boom' },
          'error',
          'Internal Server Error',
        ],
      },
    })
  })

  it('ignores messages addressed to another app instance', () => {
    const { sent, host } = setup()
    host.handleMessage(JSON.stringify({ id: 1, request: 'get', params: ['ticket.id'], appGuid: 'other' }))
    expect(sent).toEqual([])
  })
})
