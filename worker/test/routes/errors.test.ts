import { SELF } from 'cloudflare:test'
import { beforeAll, describe, expect, it } from 'vitest'
import { seedTenant, type SeededTenant } from '../helpers/tenants.ts'

const url = (path: string) => `https://worker.test${path}`

describe('bad input', () => {
  let acme: SeededTenant
  beforeAll(async () => {
    acme = await seedTenant('acme')
  })

  const post = async (path: string, body: string, headers: Record<string, string> = {}) =>
    SELF.fetch(url(path), { method: 'POST', body, headers: { ...(await acme.auth()), ...headers } })

  it('answers malformed JSON with 400 invalid_json', async () => {
    const res = await post('/v1/tickets/analyze', '{"ticket": {')
    expect(res.status).toBe(400)
    expect((await res.json<{ code: string }>()).code).toBe('invalid_json')
  })

  it('answers wrong types with 400 validation_failed and the offending field', async () => {
    const res = await post('/v1/tickets/analyze', JSON.stringify({ ticket: { subject: 42, body: 'x' } }))
    expect(res.status).toBe(400)
    const problem = await res.json<{ code: string; details: { path: string }[] }>()
    expect(problem.code).toBe('validation_failed')
    expect(problem.details.map((d) => d.path)).toContain('ticket.subject')
  })

  it('answers an empty subject and body with 400', async () => {
    const res = await post('/v1/tickets/analyze', JSON.stringify({ ticket: { subject: ' ', body: '' } }))
    expect(res.status).toBe(400)
    expect((await res.json<{ code: string }>()).code).toBe('validation_failed')
  })

  it('answers a 5 MB body with 413 payload_too_large', async () => {
    const huge = JSON.stringify({ ticket: { subject: 'x', body: 'a'.repeat(5 * 1024 * 1024) } })
    const res = await post('/v1/tickets/analyze', huge)
    expect(res.status).toBe(413)
    expect(res.headers.get('content-type')).toContain('application/problem+json')
    expect((await res.json<{ code: string }>()).code).toBe('payload_too_large')
  })

  it('answers a non-JSON content type with 415', async () => {
    const res = await post('/v1/tickets/analyze', 'subject=x', {
      'Content-Type': 'application/x-www-form-urlencoded',
    })
    expect(res.status).toBe(415)
  })

  it('answers unknown routes with 404 problem+json', async () => {
    const res = await SELF.fetch(url('/v1/nope'), { headers: await acme.adminAuth() })
    expect(res.status).toBe(404)
    expect(res.headers.get('content-type')).toContain('application/problem+json')
    expect((await res.json<{ code: string }>()).code).toBe('not_found')
  })

  it('answers unknown top-level routes with 404 even without a token', async () => {
    const res = await SELF.fetch(url('/wp-admin'))
    expect(res.status).toBe(404)
  })
})

describe('GET /healthz', () => {
  it('reports liveness and version without auth', async () => {
    const res = await SELF.fetch(url('/healthz'))
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ ok: true, version: expect.any(String) })
    expect(res.headers.get('x-request-id')).toMatch(/^[\w-]{8,}$/)
  })
})

describe('CORS', () => {
  const preflight = (origin: string) =>
    SELF.fetch(url('/v1/replies/stream/abc'), {
      method: 'OPTIONS',
      headers: { Origin: origin, 'Access-Control-Request-Method': 'GET' },
    })

  it.each(['https://acme.zendesk.com', 'https://acme.zdusercontent.com', 'https://acme.freshdesk.com'])(
    'allows the app origin %s',
    async (origin) => {
      expect((await preflight(origin)).headers.get('access-control-allow-origin')).toBe(origin)
    },
  )

  // The tests run with wrangler.jsonc's production vars: local origins exist only in the local stack's --var.
  it.each([
    'https://evil.example',
    'https://zendesk.com.evil.example',
    'https://a.b.zendesk.com',
    'http://localhost:8788',
    'http://127.0.0.1:9000',
  ])('refuses %s', async (origin) => {
    expect((await preflight(origin)).headers.get('access-control-allow-origin')).toBeNull()
  })
})
