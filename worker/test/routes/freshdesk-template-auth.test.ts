import { SELF } from 'cloudflare:test'
import { beforeAll, describe, expect, it } from 'vitest'
import { seedTenant, type SeededTenant } from '../helpers/tenants.ts'

const ticket = { subject: 'Forgot my password', body: 'Hi, I forgot my password. How do I reset it?' }

const call = (method: string, path: string, headers: Record<string, string>, body?: unknown) =>
  SELF.fetch(`https://worker.test${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })

/** The headers Freshdesk's servers add from the installation parameters (config/requests.json). */
const template = (domain: string, secret: string) => ({
  'X-Deskmate-Account': domain,
  'X-Deskmate-Install-Secret': secret,
})

const expectUnauthorized = async (res: Response) => {
  expect(res.status).toBe(401)
  expect(res.headers.get('content-type')).toContain('application/problem+json')
  const body = await res.json<{ code: string; detail?: string; title?: string }>()
  expect(body.code).toBe('unauthorized')
  return { code: body.code, detail: body.detail, title: body.title }
}

describe('Freshdesk request templates', () => {
  let acme: SeededTenant
  let zendesk: SeededTenant
  beforeAll(async () => {
    acme = await seedTenant('acme', 'freshdesk')
    zendesk = await seedTenant('initech', 'zendesk')
  })

  it.each([
    ['POST', '/v1/tickets/analyze', { ticket }],
    ['POST', '/v1/kb/suggest', { ticket }],
    ['GET', '/v1/settings', undefined],
  ])('%s %s answers 200 with the account and install secret', async (method, path, body) => {
    const res = await call(method, path, template('acme.freshdesk.com', acme.sharedSecret), body)
    expect(res.status).toBe(200)
  })

  it('answers a wrong secret and an unknown account alike', async () => {
    const wrong = await call(
      'POST',
      '/v1/tickets/analyze',
      template('acme.freshdesk.com', `${acme.sharedSecret}x`),
      { ticket },
    )
    const unknown = await call(
      'POST',
      '/v1/tickets/analyze',
      template('nobody.freshdesk.com', acme.sharedSecret),
      { ticket },
    )
    expect(await expectUnauthorized(unknown)).toEqual(await expectUnauthorized(wrong))
  })

  it.each([
    ['a missing secret', { 'X-Deskmate-Account': 'acme.freshdesk.com' }],
    ['an empty secret', { 'X-Deskmate-Account': 'acme.freshdesk.com', 'X-Deskmate-Install-Secret': ' ' }],
    ['a malformed account', { 'X-Deskmate-Account': 'acme', 'X-Deskmate-Install-Secret': 'x' }],
  ])('refuses %s with 401', async (_name, headers) => {
    await expectUnauthorized(await call('GET', '/v1/settings', headers))
  })

  it('never accepts a Zendesk tenant named in the header, even with its own secret', async () => {
    const byDomain = template('initech.zendesk.com', zendesk.sharedSecret)
    await expectUnauthorized(await call('GET', '/v1/settings', byDomain))
    const byFreshdeskName = template('initech.freshdesk.com', zendesk.sharedSecret)
    await expectUnauthorized(await call('GET', '/v1/settings', byFreshdeskName))
    // The Zendesk installation itself still works with its signed token.
    expect((await call('GET', '/v1/settings', await zendesk.auth())).status).toBe(200)
  })

  it('makes an agent: admin operations answer 403 admin_required and change nothing', async () => {
    const headers = template('acme.freshdesk.com', acme.sharedSecret)
    const res = await call('PUT', '/v1/settings', headers, { mode: 'off' })
    expect(res.status).toBe(403)
    expect((await res.json<{ code: string }>()).code).toBe('admin_required')
    const settings = await call('GET', '/v1/settings', headers)
    expect((await settings.json<{ mode: string }>()).mode).not.toBe('off')
  })

  it('reads a Bearer token when one is present, never the template headers', async () => {
    const headers = { ...template('acme.freshdesk.com', acme.sharedSecret), Authorization: 'Bearer a.b.c' }
    await expectUnauthorized(await call('GET', '/v1/settings', headers))
  })
})
