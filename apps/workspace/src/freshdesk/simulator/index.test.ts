import { createServer, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startFreshdeskSimulator, type FreshdeskSimulator } from './index.ts'

type Received = { headers: IncomingMessage['headers']; body: string }

describe('the Freshdesk simulator', () => {
  let sim: FreshdeskSimulator
  let receiver: ReturnType<typeof createServer>
  const received: Received[] = []
  const api = (path: string, init: RequestInit = {}, key = sim.apiKey) =>
    fetch(`${sim.url}/acme${path}`, {
      ...init,
      headers: { authorization: `Basic ${btoa(`${key}:X`)}`, 'content-type': 'application/json' },
    })
  const control = (path: string, body: unknown) =>
    fetch(`${sim.url}/__sim/acme${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })

  beforeAll(async () => {
    receiver = createServer((req, res) => {
      let body = ''
      req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')))
      req.on('end', () => {
        received.push({ headers: req.headers, body })
        res.writeHead(202).end()
      })
    })
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/v1/webhooks/freshdesk`
    sim = await startFreshdeskSimulator({ account: 'acme', webhook: { url, secret: 'the-secret' } })
  })
  afterAll(async () => {
    await sim.close()
    await new Promise((resolve) => receiver.close(resolve))
  })

  it('fires the creation rule as a real webhook with the secret header and the placeholders filled', async () => {
    const created = await sim.createTicket({ subject: 'Hi "there"', body: 'Hello' })
    const delivery = received.at(-1)
    expect(delivery?.headers['x-deskmate-webhook-secret']).toBe('the-secret')
    expect(JSON.parse(delivery?.body ?? '')).toEqual({
      ticket_id: String(created.id),
      ticket_url: `https://acme.freshdesk.com/helpdesk/tickets/${created.id}`,
    })
  })

  it('answers REST v2 shapes with rate-limit headers, and tags replace the list', async () => {
    const created = await sim.createTicket({ subject: 'Tags', body: 'x', tags: ['a'] })
    const res = await api(`/api/v2/tickets/${created.id}`, {
      method: 'PUT',
      body: JSON.stringify({ tags: ['b'] }),
    })
    expect(res.headers.get('x-ratelimit-remaining')).toMatch(/^\d+$/)
    expect(await res.json()).toMatchObject({ id: created.id, tags: ['b'], status: 2, priority: 1 })
    const read = await api(`/api/v2/tickets/${created.id}?include=requester,stats`)
    expect(await read.json()).toMatchObject({
      requester: { email: expect.any(String) },
      stats: { first_responded_at: null },
      fr_due_by: expect.stringMatching(/Z$/),
    })
  })

  it('gives the admin and the agent keys of their own: agents/me answers whose key it is', async () => {
    const me = async (key: string) =>
      (await (await api('/api/v2/agents/me', {}, key)).json()) as { id: number; role_ids: number[] }
    expect(sim.agentApiKey).not.toBe(sim.apiKey)
    expect(await me(sim.apiKey)).toMatchObject({ id: 900, role_ids: [1] })
    expect(await me(sim.agentApiKey)).toMatchObject({ id: 901, role_ids: [4] })
  })

  it('refuses a wrong API key and invalid fields as Freshdesk does', async () => {
    expect((await api('/api/v2/tickets/1', {}, 'nope')).status).toBe(401)
    const bad = await api('/api/v2/tickets/1', { method: 'PUT', body: JSON.stringify({ priority: 9 }) })
    expect(bad.status).toBe(400)
    expect(await bad.json()).toMatchObject({
      description: 'Validation failed',
      errors: [{ field: 'priority' }],
    })
  })

  it('injects a 429 with Retry-After, and a write that lands but loses its answer', async () => {
    const created = await sim.createTicket({ subject: 'Faults', body: 'x' })
    await control('/faults', { method: 'GET', path: '/tickets/', status: 429, retryAfter: 7 })
    const limited = await api(`/api/v2/tickets/${created.id}`)
    expect(limited.status).toBe(429)
    expect(limited.headers.get('retry-after')).toBe('7')
    await control('/faults', { method: 'POST', path: '/reply$', status: 502, afterApply: true })
    const lost = await api(`/api/v2/tickets/${created.id}/reply`, {
      method: 'POST',
      body: JSON.stringify({ body: '<p>Hello</p>' }),
    })
    expect(lost.status).toBe(502)
    const conversations = await (await api(`/api/v2/tickets/${created.id}/conversations`)).json()
    expect(conversations).toMatchObject([{ body: '<p>Hello</p>', incoming: false, private: false }])
  })
})
