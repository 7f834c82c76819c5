import { SELF } from 'cloudflare:test'
import { beforeAll, describe, expect, it } from 'vitest'
import { seedTenant, signAppToken, type SeededTenant } from '../helpers/tenants.ts'

const get = (headers: Record<string, string> = {}) =>
  SELF.fetch('https://worker.test/v1/settings', { headers })
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` })

describe('sidebar authentication', () => {
  let acme: SeededTenant
  let globex: SeededTenant
  beforeAll(async () => {
    acme = await seedTenant('acme')
    globex = await seedTenant('globex')
  })

  it('accepts a token signed with the installation secret', async () => {
    const res = await get(bearer(await acme.token()))
    expect(res.status).toBe(200)
  })

  it.each([
    ['no header', {}],
    ['a malformed header', { Authorization: 'Token abc' }],
    ['a malformed token', bearer('abc.def.ghi')],
  ])('rejects %s with 401 problem+json', async (_name, headers) => {
    const res = await get(headers)
    expect(res.status).toBe(401)
    expect(res.headers.get('content-type')).toContain('application/problem+json')
    const body = await res.json<{ code: string; requestId: string }>()
    expect(body.code).toBe('unauthorized')
    expect(body.requestId).toBe(res.headers.get('x-request-id'))
  })

  it('rejects a token signed with another secret', async () => {
    const res = await get(bearer(await acme.token({}, { secret: 'not-the-secret' })))
    expect(res.status).toBe(401)
  })

  it('rejects a token for an unknown account', async () => {
    const token = await signAppToken(acme.sharedSecret, {
      iss: 'https://nobody.zendesk.com',
      aud: 'deskmate',
    })
    expect((await get(bearer(token))).status).toBe(401)
  })

  it('rejects a token that claims another tenant but is signed with this one', async () => {
    const forged = await signAppToken(acme.sharedSecret, {
      iss: 'https://globex.zendesk.com',
      aud: 'deskmate',
    })
    expect((await get(bearer(forged))).status).toBe(401)
    expect((await get(bearer(await globex.token()))).status).toBe(200)
  })

  it('rejects an expired token with token_expired', async () => {
    const iat = Math.floor(Date.now() / 1000) - 3600
    const res = await get(bearer(await acme.token({}, { iat, exp: iat + 120 })))
    expect(res.status).toBe(401)
    expect((await res.json<{ code: string }>()).code).toBe('token_expired')
  })

  it('rejects a token for another audience', async () => {
    expect((await get(bearer(await acme.token({ aud: 'someone-else' })))).status).toBe(401)
  })

  it('rejects a token issued too long ago even if exp is far away', async () => {
    const iat = Math.floor(Date.now() / 1000) - 3600
    expect((await get(bearer(await acme.token({}, { iat, expiresIn: '1d' })))).status).toBe(401)
  })

  it('rejects an unsigned (alg none) token', async () => {
    const enc = (o: object) =>
      btoa(JSON.stringify(o)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_')
    const now = Math.floor(Date.now() / 1000)
    const token = `${enc({ alg: 'none' })}.${enc({ iss: 'https://acme.zendesk.com', aud: 'deskmate', iat: now, exp: now + 60 })}.x`
    expect((await get(bearer(token))).status).toBe(401)
  })
})
