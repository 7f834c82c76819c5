import { describe, expect, it, vi } from 'vitest'
import type { FreshdeskInstallation } from './build-template-request.ts'
import { invokeTemplate } from './invoke-template.ts'

const installation: FreshdeskInstallation = {
  templates: {
    getSettings: {
      schema: {
        method: 'GET',
        host: '127.0.0.1:8787',
        path: '/v1/settings',
        headers: { 'X-Deskmate-Install-Secret': '<%= iparam.shared_secret %>' },
      },
      options: { maxAttempts: 2, retryDelay: 0 },
    },
    analyze: { schema: { method: 'POST', host: '127.0.0.1:8787', path: '/v1/tickets/analyze' } },
  },
  iparams: { shared_secret: { secure: true } },
  values: { shared_secret: 'secret-value' },
}

const answer = (status: number, body: string) =>
  new Response(body, { status, headers: { 'content-type': 'application/json' } })

describe('invokeTemplate', () => {
  it('sends the built request and resolves with the response body as a string', async () => {
    const fetcher = vi.fn(async () => answer(200, '{"mode":"auto_reply"}'))
    const result = await invokeTemplate(installation, 'analyze', { body: '{"ticket":1}' }, fetcher)
    expect(result).toEqual({
      ok: true,
      result: {
        status: 200,
        headers: { 'content-type': 'application/json' },
        response: '{"mode":"auto_reply"}',
      },
    })
    expect(fetcher).toHaveBeenCalledWith(
      'http://127.0.0.1:8787/v1/tickets/analyze',
      expect.objectContaining({ method: 'POST', body: '{"ticket":1}' }),
    )
  })

  it('rejects a non-2xx answer with errorSource APP and retries 5xx up to maxAttempts', async () => {
    const fetcher = vi.fn(async () => answer(503, '{"title":"busy"}'))
    const result = await invokeTemplate(installation, 'getSettings', {}, fetcher)
    expect(result).toEqual({
      ok: false,
      error: expect.objectContaining({ status: 503, response: '{"title":"busy"}', errorSource: 'APP' }),
    })
    expect(fetcher).toHaveBeenCalledTimes(2)
  })

  it('does not retry a 4xx answer', async () => {
    const fetcher = vi.fn(async () => answer(401, '{"title":"Unauthorized"}'))
    const result = await invokeTemplate(installation, 'getSettings', {}, fetcher)
    expect(result).toMatchObject({ ok: false, error: { status: 401, errorSource: 'APP' } })
    expect(fetcher).toHaveBeenCalledTimes(1)
  })

  it('rejects an unknown template or an unreachable backend as a platform error', async () => {
    const fetcher = vi.fn(async () => {
      throw new TypeError('fetch failed')
    })
    expect(await invokeTemplate(installation, 'missing', {}, fetcher)).toMatchObject({
      ok: false,
      error: { status: 400, errorSource: 'PLATFORM' },
    })
    expect(fetcher).not.toHaveBeenCalled()
    expect(await invokeTemplate(installation, 'getSettings', {}, fetcher)).toMatchObject({
      ok: false,
      error: { status: 502, errorSource: 'PLATFORM' },
    })
  })
})
