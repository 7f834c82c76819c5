import { fileURLToPath } from 'node:url'
import { jwtVerify } from 'jose'
import { describe, expect, it } from 'vitest'
import { loadInstallation } from './load-installation.ts'
import { proxyRequest } from './proxy-request.ts'
import type { Installation } from './resolve-placeholders.ts'

const SECRET = 'a-very-long-shared-secret-for-tests-0123456789'

const installation: Installation = {
  parameters: [
    { name: 'backend_url', type: 'url' },
    { name: 'shared_secret', secure: true, scopes: ['jwt_secret_key', 'header'] },
    { name: 'api_token', secure: true, scopes: ['header'] },
  ],
  settings: { backend_url: 'https://api.example.test', shared_secret: SECRET, api_token: 'tok-123' },
  domainWhitelist: ['api.example.test'],
}

const recordingFetch = (
  response = new Response('{"ok":true}', { headers: { 'content-type': 'application/json' } }),
) => {
  const calls: { url: string; init: RequestInit }[] = []
  const fetch = (async (url: URL, init: RequestInit) => {
    calls.push({ url: String(url), init })
    return response
  }) as unknown as typeof globalThis.fetch
  return { calls, fetch }
}

const NOW = new Date('2026-08-01T12:00:00Z')

describe('proxyRequest', () => {
  it('substitutes settings, signs the JWT with the secure secret and forwards the request', async () => {
    const { calls, fetch } = recordingFetch()
    const result = await proxyRequest(
      {
        url: '{{setting.backend_url}}/v1/tickets/analyze',
        type: 'POST',
        contentType: 'application/json',
        data: '{"ticket":{}}',
        secure: true,
        headers: { Authorization: 'Bearer {{jwt.token}}' },
        jwt: {
          algorithm: 'HS256',
          secret_key: '{{setting.shared_secret}}',
          expiry: 300,
          claims: { iss: 'https://demo.zendesk.com', aud: 'deskmate' },
        },
      },
      { installation, fetch, now: () => NOW },
    )
    expect(result).toMatchObject({ status: 200, responseText: '{"ok":true}' })
    expect(calls[0]?.url).toBe('https://api.example.test/v1/tickets/analyze')
    const headers = new Headers(calls[0]?.init.headers)
    expect(headers.get('content-type')).toBe('application/json')
    const token = headers.get('authorization')?.replace('Bearer ', '') ?? ''
    const { payload } = await jwtVerify(token, new TextEncoder().encode(SECRET), { currentDate: NOW })
    expect(payload).toMatchObject({ iss: 'https://demo.zendesk.com', aud: 'deskmate' })
    expect((payload.exp ?? 0) - (payload.iat ?? 0)).toBe(300)
  })

  it('refuses a secure setting outside its scopes', async () => {
    const { calls, fetch } = recordingFetch()
    const result = await proxyRequest(
      {
        url: 'https://api.example.test/x',
        secure: true,
        headers: { 'X-Token': '{{setting.api_token}}' },
        data: '{"secret":"{{setting.shared_secret}}"}',
      },
      { installation, fetch },
    )
    expect(result.status).toBe(403)
    expect(JSON.parse(result.responseText)).toEqual({
      error: 'Secure setting "shared_secret" may not be used in scope "body"',
    })
    expect(calls).toHaveLength(0)
  })

  it('fills the registration headers from the manifest’s scopes (shared_secret and api_token in headers)', async () => {
    const manifest = fileURLToPath(new URL('../../../../manifest/zendesk/manifest.json', import.meta.url))
    const loaded = await loadInstallation(
      manifest,
      { backend_url: 'https://api.example.test', shared_secret: SECRET, api_token: 'tok-123' },
      [],
    )
    const { calls, fetch } = recordingFetch()
    const result = await proxyRequest(
      {
        url: '{{setting.backend_url}}/v1/tenants/register',
        type: 'POST',
        contentType: 'application/json',
        data: '{"apiUser":"admin@demo.example","installationId":7}',
        secure: true,
        headers: {
          Authorization: 'Bearer {{jwt.token}}',
          'X-Deskmate-Install-Secret': '{{setting.shared_secret}}',
          'X-Deskmate-Api-Token': '{{setting.api_token}}',
        },
        jwt: {
          algorithm: 'HS256',
          secret_key: '{{setting.shared_secret}}',
          expiry: 300,
          claims: { iss: 'https://demo.zendesk.com', aud: 'deskmate' },
        },
      },
      {
        installation: { ...loaded.installation, domainWhitelist: ['api.example.test'] },
        fetch,
        now: () => NOW,
      },
    )
    expect(result.status).toBe(200)
    expect(loaded.publicSettings).not.toHaveProperty('shared_secret')
    const headers = new Headers(calls[0]?.init.headers)
    expect(headers.get('x-deskmate-install-secret')).toBe(SECRET)
    expect(headers.get('x-deskmate-api-token')).toBe('tok-123')
    const token = headers.get('authorization')?.replace('Bearer ', '') ?? ''
    await expect(
      jwtVerify(token, new TextEncoder().encode(SECRET), { currentDate: NOW }),
    ).resolves.toBeTruthy()
  })

  it('refuses secure settings on a request without secure: true', async () => {
    const { calls, fetch } = recordingFetch()
    const result = await proxyRequest(
      { url: 'https://api.example.test/x', headers: { 'X-Token': '{{setting.api_token}}' } },
      { installation, fetch },
    )
    expect(result.status).toBe(400)
    expect(calls).toHaveLength(0)
  })

  it('refuses secure requests to hosts outside the domainWhitelist', async () => {
    const { calls, fetch } = recordingFetch()
    const result = await proxyRequest(
      { url: 'https://evil.example/x', secure: true },
      { installation, fetch },
    )
    expect(result.status).toBe(403)
    expect(calls).toHaveLength(0)
  })

  it('drops headers with underscores, as Zendesk does', async () => {
    const { calls, fetch } = recordingFetch()
    await proxyRequest(
      {
        url: 'https://api.example.test/x',
        secure: true,
        headers: { X_Bad: '1', 'X-Token': '{{setting.api_token}}' },
      },
      { installation, fetch },
    )
    const headers = new Headers(calls[0]?.init.headers)
    expect(headers.get('x_bad')).toBeNull()
    expect(headers.get('x-token')).toBe('tok-123')
  })

  it('answers 502 when the upstream is unreachable', async () => {
    const fetch = (async () => {
      throw new TypeError('fetch failed')
    }) as unknown as typeof globalThis.fetch
    const result = await proxyRequest({ url: 'https://api.example.test/x' }, { installation, fetch })
    expect(result).toMatchObject({ status: 502, statusText: 'Bad Gateway' })
  })
})
