import { SELF } from 'cloudflare:test'
import type { AdminSession, Settings } from '@deskmate/shared'
import { SignJWT, decodeJwt, generateKeyPair } from 'jose'
import { beforeAll, describe, expect, it } from 'vitest'
import { connectTenant, simulatorUrl, type ConnectedTenant } from '../helpers/zendesk-sim.ts'

const SESSION_URL = 'https://worker.test/v1/admin/session'

const exchange = (token: string, form = false) =>
  SELF.fetch(SESSION_URL, {
    method: 'POST',
    headers: { 'Content-Type': form ? 'application/x-www-form-urlencoded' : 'application/json' },
    body: form ? new URLSearchParams({ token }).toString() : JSON.stringify({ token }),
  })

const expectProblem = async (res: Response, status: number, code: string) => {
  expect(res.status).toBe(status)
  expect(res.headers.get('content-type')).toContain('application/problem+json')
  const text = await res.text()
  expect(JSON.parse(text)).toMatchObject({ code })
  expect(text).not.toContain('expiresAt')
}

/** A token with the claims of `valid`, signed some other way. */
const resign = async (valid: string, sign: (jwt: SignJWT) => Promise<string>) => {
  const { iat, exp, nbf: _nbf, ...claims } = decodeJwt(valid)
  return sign(new SignJWT(claims).setIssuedAt(iat).setExpirationTime(exp!))
}

const b64url = (value: string) => btoa(value).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_')

describe('POST /v1/admin/session', () => {
  let who: ConnectedTenant
  let adminToken: string
  beforeAll(async () => {
    who = await connectTenant('session')
    adminToken = await who.sim.appToken({ role: 'admin' })
  })

  const putModeWith = (session: string) =>
    SELF.fetch('https://worker.test/v1/settings', {
      method: 'PUT',
      headers: { Authorization: `Bearer ${session}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ mode: 'auto_reply' }),
    })

  it('issues an hour-long session for an administrator, which may then change settings', async () => {
    const before = Date.now()
    const res = await exchange(adminToken)
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('no-store')
    const session = await res.json<AdminSession>()
    expect(session).toMatchObject({ tenantId: 'zendesk:session', user: { id: '900', name: 'Alex Admin' } })
    expect(Date.parse(session.expiresAt) - before).toBeLessThanOrEqual(3600_000)
    expect((await putModeWith(session.token)).status).toBe(200)
    const settings = await SELF.fetch('https://worker.test/v1/settings', { headers: await who.auth() })
    expect((await settings.json<Settings>()).mode).toBe('auto_reply')
  })

  it('takes the token as the form field Zendesk POSTs to a signed location', async () => {
    expect((await exchange(adminToken, true)).status).toBe(200)
  })

  it('refuses an agent’s valid token with 403 admin_required and no session', async () => {
    const agentToken = await who.sim.appToken({ role: 'agent' })
    await expectProblem(await exchange(agentToken), 403, 'admin_required')
    expect((await exchange(adminToken)).status).toBe(200)
  })

  it('refuses a token signed with another RSA key', async () => {
    const { privateKey } = await generateKeyPair('RS256')
    const forged = await resign(adminToken, (jwt) =>
      jwt.setProtectedHeader({ alg: 'RS256', typ: 'JWT' }).sign(privateKey),
    )
    await expectProblem(await exchange(forged), 401, 'unauthorized')
  })

  it('refuses an HS256 token keyed with the app’s public key, and an unsigned one', async () => {
    const auth = btoa(`${who.credentials.apiUser}/token:${who.credentials.apiToken}`)
    const pem = await (
      await fetch(`${simulatorUrl()}/session/api/v2/apps/1000001/public_key.pem`, {
        headers: { Authorization: `Basic ${auth}` },
      })
    ).text()
    expect(pem).toContain('BEGIN PUBLIC KEY')
    const confused = await resign(adminToken, (jwt) =>
      jwt.setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).sign(new TextEncoder().encode(pem)),
    )
    await expectProblem(await exchange(confused), 401, 'unauthorized')
    const [, payload] = adminToken.split('.')
    const unsigned = `${b64url(JSON.stringify({ alg: 'none', typ: 'JWT' }))}.${payload}.`
    await expectProblem(await exchange(unsigned), 401, 'unauthorized')
  })

  it('refuses an expired token with token_expired', async () => {
    await expectProblem(await exchange(await who.sim.appToken({ ageSec: 400 })), 401, 'token_expired')
  })

  it('refuses a token for another installation of the account', async () => {
    const other = await who.sim.appToken({ installationId: 7_777_777 })
    await expectProblem(await exchange(other), 401, 'unauthorized')
  })

  it('refuses a token whose audience is another account’s installation', async () => {
    const audience = 'https://elsewhere.zendesk.com/api/v2/apps/installations/2000001.json'
    const foreign = await who.sim.appToken({ audience })
    expect(decodeJwt(foreign)).toMatchObject({ iss: 'session.zendesk.com', aud: audience })
    await expectProblem(await exchange(foreign), 401, 'unauthorized')
  })

  it('refuses a token of an account Deskmate does not know, and a malformed one', async () => {
    const stranger = await resign(adminToken, (jwt) =>
      jwt.setProtectedHeader({ alg: 'HS256' }).setIssuer('nobody.zendesk.com').sign(new Uint8Array(32)),
    )
    await expectProblem(await exchange(stranger), 401, 'unauthorized')
    await expectProblem(await exchange('not-a-token'), 401, 'unauthorized')
    await expectProblem(await exchange(''), 400, 'validation_failed')
  })
})

describe('POST /admin (the signed admin location)', () => {
  let who: ConnectedTenant
  beforeAll(async () => {
    who = await connectTenant('console')
  })

  const load = (token: string) =>
    SELF.fetch('https://worker.test/admin', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token }).toString(),
    })

  it('opens for an administrator with an admin session in the page', async () => {
    const res = await load(await who.sim.appToken({ role: 'admin' }))
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toContain('text/html')
    expect(res.headers.get('cache-control')).toBe('no-store')
    const page = await res.text()
    const session = /name="deskmate-admin-session" content="([^"]+)"/.exec(page)?.[1]
    expect(session).toBeTruthy()
    // The console's script, from this Worker only, and its calls to this Worker only.
    expect(page).toContain('<script type="module" src="/admin/console.js"></script>')
    const policy = res.headers.get('content-security-policy') ?? ''
    expect(policy).toContain("script-src 'self'")
    expect(policy).toContain("connect-src 'self'")
    const settings = await SELF.fetch('https://worker.test/v1/settings', {
      method: 'PUT',
      headers: { Authorization: `Bearer ${session}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ mode: 'off' }),
    })
    expect(settings.status).toBe(200)
  })

  it('opens read-only for an agent: a viewer session, no admin rights (admin-read-only.test.ts)', async () => {
    const res = await load(await who.sim.appToken({ role: 'agent' }))
    expect(res.status).toBe(200)
    const page = await res.text()
    expect(page).toContain('<meta name="deskmate-console-role" content="viewer" />')
    const session = /name="deskmate-admin-session" content="([^"]+)"/.exec(page)?.[1]
    const settings = await SELF.fetch('https://worker.test/v1/settings', {
      method: 'PUT',
      headers: { Authorization: `Bearer ${session}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ mode: 'off' }),
    })
    expect(settings.status).toBe(403)
  })
})
