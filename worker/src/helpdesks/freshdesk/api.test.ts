import { describe, expect, it } from 'vitest'
import { RATE_LIMIT_RESERVE, createFreshdeskApi } from './api.ts'

type Seen = { url: string; method: string; authorization: string | null }

/** A fetch that answers the given responses in order and records each request. */
const scripted = (responses: Array<() => Response>) => {
  const seen: Seen[] = []
  const waits: number[] = []
  const api = createFreshdeskApi({
    account: 'acme',
    credentials: { helpdesk: 'freshdesk' },
    apiToken: 'key123',
    apiBase: '',
    fetch: async (input, init) => {
      const headers = new Headers(init?.headers)
      seen.push({
        url: String(input),
        method: init?.method ?? 'GET',
        authorization: headers.get('Authorization'),
      })
      return (responses[seen.length - 1] ?? responses.at(-1)!)()
    },
    sleep: async (ms) => void waits.push(ms),
  })
  return { api, seen, waits }
}

const json =
  (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  () =>
    new Response(JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/json', ...headers },
    })

describe('createFreshdeskApi', () => {
  it('calls the account host with Basic apikey:X', async () => {
    const run = scripted([json({ id: 1 })])
    await run.api.get('/api/v2/tickets/1')
    expect(run.seen[0]?.url).toBe('https://acme.freshdesk.com/api/v2/tickets/1')
    expect(run.seen[0]?.authorization).toBe(`Basic ${btoa('key123:X')}`)
  })

  it('waits for Retry-After on 429 and reads the rate-limit headers', async () => {
    const run = scripted([
      json({}, 429, { 'Retry-After': '3' }),
      json({ id: 1 }, 200, { 'X-RateLimit-Total': '200', 'X-RateLimit-Remaining': '150' }),
    ])
    await run.api.get('/api/v2/tickets/1')
    expect(run.waits).toEqual([3000])
    expect(run.api.rateLimit()).toEqual({ total: 200, remaining: 150 })
  })

  it('refuses a write once the account budget is down to the reserve, leaving reads alone', async () => {
    const low = String(RATE_LIMIT_RESERVE)
    const run = scripted([json({ id: 1 }, 200, { 'X-RateLimit-Remaining': low })])
    await run.api.get('/api/v2/tickets/1')
    await expect(run.api.post('/api/v2/tickets/1/reply', { body: 'x' })).rejects.toMatchObject({
      code: 'rate_limited',
      retryAfterSec: 60,
    })
    expect(run.seen).toHaveLength(1)
    await run.api.get('/api/v2/tickets/1')
    expect(run.seen).toHaveLength(2)
  })

  it('never resends a reply whose answer was lost, but resends a PUT of absolute values', async () => {
    const post = scripted([json({}, 502), json({ id: 9 }, 201)])
    await expect(post.api.post('/api/v2/tickets/1/reply', { body: 'x' })).rejects.toMatchObject({
      code: 'helpdesk_upstream',
      isRetryable: true,
    })
    expect(post.seen).toHaveLength(1)
    const put = scripted([json({}, 502), json({ id: 1 })])
    await put.api.put('/api/v2/tickets/1', { tags: ['a'] })
    expect(put.seen).toHaveLength(2)
  })

  it.each([
    [401, 'forbidden'],
    [403, 'forbidden'],
    [404, 'not_found'],
    [400, 'helpdesk_upstream'],
  ])('maps a final %i to %s', async (status, code) => {
    const run = scripted([json({}, status)])
    await expect(run.api.get('/api/v2/tickets/1')).rejects.toMatchObject({ code, upstreamStatus: status })
  })
})
