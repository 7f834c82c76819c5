import { env } from 'cloudflare:test'
import { beforeAll, describe, expect, it } from 'vitest'
import { createZendeskApi } from '../../src/helpdesks/zendesk/api.ts'
import {
  simAccount,
  simulatorUrl,
  type SimAccountHandle,
  type SimCredentials,
} from '../helpers/zendesk-sim.ts'

describe('createZendeskApi against the simulator', () => {
  let sim: SimAccountHandle
  let credentials: SimCredentials
  const waits: number[] = []
  const api = (timeoutMs = 2_000) =>
    createZendeskApi(
      {
        account: 'client',
        apiUser: credentials.apiUser,
        apiToken: credentials.apiToken,
        apiBase: env.ZENDESK_API_BASE,
        sleep: async (ms) => void waits.push(ms),
      },
      { timeoutMs },
    )
  beforeAll(async () => {
    const res = await fetch(`${simulatorUrl()}/__sim/accounts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ account: 'client' }),
    })
    credentials = await res.json()
    sim = simAccount('client')
  })

  it('reads a ticket with its sideloaded requester, as Zendesk shapes it', async () => {
    const created = await sim.createTicket({
      subject: 'Hi',
      body: 'Hello',
      requester: { email: 'r@example.com', name: 'R' },
    })
    const body = await api().get<{
      ticket: { id: number; requester_id: number }
      users: Array<{ id: number; email: string }>
    }>(`/api/v2/tickets/${created.id}.json?include=users`)
    expect(body.ticket.id).toBe(created.id)
    expect(body.users.find((u) => u.id === body.ticket.requester_id)?.email).toBe('r@example.com')
  })

  it('times out a hanging request and succeeds on the retry', async () => {
    await sim.fault({ path: '/users/me', hang: true, times: 1 })
    const { user } = await api(300).get<{ user: { email: string } }>('/api/v2/users/me.json')
    expect(user.email).toBe(credentials.apiUser)
  })

  it('waits as long as the 429 Retry-After says', async () => {
    waits.length = 0
    await sim.fault({ path: '/users/me', status: 429, retryAfter: 3, times: 1 })
    await api().get('/api/v2/users/me.json')
    expect(waits).toEqual([3000])
  })

  it('tolerates a slow answer within the timeout', async () => {
    await sim.fault({ path: '/users/me', delayMs: 200, times: 1 })
    await expect(api(2_000).get('/api/v2/users/me.json')).resolves.toMatchObject({ user: { role: 'admin' } })
  })

  it('maps refused credentials to forbidden and missing records to not_found', async () => {
    const bad = createZendeskApi({
      account: 'client',
      apiUser: credentials.apiUser,
      apiToken: 'wrong',
      apiBase: env.ZENDESK_API_BASE,
    })
    await expect(bad.get('/api/v2/users/me.json')).rejects.toMatchObject({
      code: 'forbidden',
      upstreamStatus: 401,
    })
    await expect(api().get('/api/v2/tickets/424242.json')).rejects.toMatchObject({
      code: 'not_found',
      upstreamStatus: 404,
    })
  })

  it('applies a safe_update on the current stamp and refuses one on a stale stamp with 409', async () => {
    const created = await sim.createTicket({
      subject: 'Hi',
      body: 'Hello',
      requester: { email: 's@example.com' },
    })
    const path = `/api/v2/tickets/${created.id}.json`
    const { ticket } = await api().get<{ ticket: { updated_at: string } }>(path)
    const update = (stamp: string) => ({
      ticket: { comment: { body: 'Once', public: false }, safe_update: true, updated_stamp: stamp },
    })
    await api().putConditional(path, update(ticket.updated_at))
    await expect(api().putConditional(path, update(ticket.updated_at))).rejects.toMatchObject({
      code: 'conflict',
      upstreamStatus: 409,
    })
    expect((await sim.ticket(created.id)).comments.map((c) => c.body)).toEqual(['Hello', 'Once'])
  })

  it('never sends the credentials to a pagination link on another origin', async () => {
    await expect(api().get('https://evil.example/api/v2/tickets.json')).rejects.toMatchObject({
      code: 'helpdesk_upstream',
    })
  })
})
