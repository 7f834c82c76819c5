import { describe, expect, it } from 'vitest'
import { buildTemplateRequest, type FreshdeskInstallation } from './build-template-request.ts'

const installation: FreshdeskInstallation = {
  templates: {
    listActivity: {
      schema: {
        method: 'GET',
        host: '<%= iparam.backend_host %>',
        path: '/v1/activity',
        headers: {
          'X-Deskmate-Account': '<%= iparam.freshdesk_domain %>',
          'X-Deskmate-Install-Secret': '<%= iparam.shared_secret %>',
        },
        query: { ticketId: '<%= context.ticket_id %>', limit: '<%= context.limit %>' },
      },
      options: { maxAttempts: 2, retryDelay: 500 },
    },
    ticketPath: {
      schema: {
        method: 'post',
        host: 'api.example.com',
        path: '/t/<%= context.id %>',
        headers: { Authorization: 'Basic <%= encode(iparam.api_key) %>' },
      },
    },
    leaky: {
      schema: {
        method: 'GET',
        host: 'api.example.com',
        path: '/x',
        query: { k: '<%= iparam.shared_secret %>' },
      },
    },
  },
  iparams: {
    backend_host: { type: 'text' },
    freshdesk_domain: { type: 'domain' },
    shared_secret: { type: 'text', secure: true },
    api_key: { type: 'api_key', secure: true },
  },
  values: {
    backend_host: 'deskmate.example.workers.dev',
    freshdesk_domain: 'demo.freshdesk.com',
    shared_secret: 's'.repeat(32),
    api_key: 'key-1',
  },
}

describe('buildTemplateRequest', () => {
  it('substitutes iparams (secure ones in headers) and context values, with the template options', () => {
    const request = buildTemplateRequest(installation, 'listActivity', {
      context: { ticket_id: 42, limit: 5 },
    })
    expect(request).toEqual({
      method: 'GET',
      url: 'https://deskmate.example.workers.dev/v1/activity?ticketId=42&limit=5',
      headers: { 'X-Deskmate-Account': 'demo.freshdesk.com', 'X-Deskmate-Install-Secret': 's'.repeat(32) },
      maxAttempts: 2,
      retryDelay: 500,
    })
  })

  it('leaves out a query value whose context key is absent', () => {
    const request = buildTemplateRequest(installation, 'listActivity', { context: { ticket_id: 7 } })
    expect(request.url).toBe('https://deskmate.example.workers.dev/v1/activity?ticketId=7')
  })

  it('encodes path context values and Base64-encodes encode(...)', () => {
    const request = buildTemplateRequest(installation, 'ticketPath', {
      context: { id: '1/../admin' },
      body: '{"a":1}',
    })
    expect(request.url).toBe('https://api.example.com/t/1%2F..%2Fadmin')
    expect(request.method).toBe('POST')
    expect(request.headers.Authorization).toBe(`Basic ${Buffer.from('key-1').toString('base64')}`)
    expect(request.body).toBe('{"a":1}')
  })

  it('calls a loopback backend host over http', () => {
    const local = { ...installation, values: { ...installation.values, backend_host: '127.0.0.1:8787' } }
    expect(buildTemplateRequest(local, 'listActivity', {}).url).toBe('http://127.0.0.1:8787/v1/activity')
  })

  it('refuses a secure iparam outside headers, unknown templates and iparams, and non-string bodies', () => {
    expect(() => buildTemplateRequest(installation, 'leaky')).toThrow(/only be used in headers/)
    expect(() => buildTemplateRequest(installation, 'nope')).toThrow(/not defined/)
    expect(() => buildTemplateRequest(installation, 'toString')).toThrow(/not defined/)
    const missing = { ...installation, values: { backend_host: 'x.example.com' } }
    expect(() => buildTemplateRequest(missing, 'listActivity')).toThrow(/Unknown iparam "freshdesk_domain"/)
    expect(() => buildTemplateRequest(installation, 'ticketPath', { body: { a: 1 } })).toThrow(/string/)
  })
})
