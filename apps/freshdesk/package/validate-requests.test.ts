// @vitest-environment node
import { describe, expect, it } from 'vitest'
import type { Json } from './package-fixture.ts'
import { validateRequests } from './validate-requests.ts'

const IPARAMS = new Map([
  ['backend_host', false],
  ['shared_secret', true],
])
const template = (schema: Json = {}, options?: Json): Json => ({
  schema: {
    method: 'POST',
    host: 'deskmate.example.workers.dev',
    path: '/v1/tickets/analyze',
    headers: {
      'Content-Type': 'application/json',
      'X-Deskmate-Install-Secret': '<%= iparam.shared_secret %>',
    },
    ...schema,
  },
  ...(options ? { options } : {}),
})
const codes = (requests: unknown, declared = ['analyze']): string[] =>
  validateRequests(requests, declared, IPARAMS).map((error) => error.code)

describe('validateRequests', () => {
  it('accepts a template with a secure iparam in a header and an iparam host', () => {
    expect(
      codes({
        analyze: template({ host: '<%= iparam.backend_host %>' }, { maxAttempts: 5, retryDelay: 1500 }),
      }),
    ).toEqual([])
  })

  it.each<[string, Json, string]>([
    ['an unknown method', { method: 'HEAD' }, 'invalid_method'],
    ['a host with a protocol', { host: 'https://deskmate.example.workers.dev' }, 'host_not_fqdn'],
    ['a host with a path', { host: 'deskmate.example.workers.dev/v1' }, 'host_not_fqdn'],
    ['a host with a trailing slash', { host: 'deskmate.example.workers.dev/' }, 'host_not_fqdn'],
    ['an IP address host', { host: '18.233.117.211' }, 'host_not_fqdn'],
    ['a path without a leading slash', { path: 'v1/tickets' }, 'invalid_path'],
    ['plain http', { protocol: 'http' }, 'invalid_protocol'],
    ['a body in the schema', { body: '{}' }, 'body_in_schema'],
    [
      'a Content-Type FDK refuses',
      { headers: { 'content-type': 'multipart/form-data' } },
      'invalid_content_type',
    ],
    [
      'a secure iparam in the query',
      { query: { secret: '<%= iparam.shared_secret %>' } },
      'secure_iparam_outside_headers',
    ],
    ['an iparam that is not defined', { headers: { 'X-Key': '<%= iparam.missing %>' } }, 'unknown_iparam'],
  ])('rejects %s', (_name, schema, code) => {
    expect(codes({ analyze: template(schema) })).toEqual([code])
  })

  it.each<[Json, string]>([
    [{ maxAttempts: 0 }, 'max_attempts'],
    [{ maxAttempts: 6 }, 'max_attempts'],
    [{ retryDelay: 250 }, 'retry_delay'],
    [{ retryDelay: 1600 }, 'retry_delay'],
  ])('rejects options %j', (options, code) => {
    expect(codes({ analyze: template({}, options) })).toEqual([code])
  })

  it('matches templates with the manifest both ways', () => {
    const errors = validateRequests({ extra: template() }, ['analyze'], IPARAMS)
    expect(errors).toEqual([
      {
        code: 'template_not_defined',
        message: "Request template 'analyze' is not defined in config/requests.json.",
      },
      {
        code: 'template_not_declared',
        message: "Request template 'extra' is not declared in modules.common.requests.",
      },
    ])
  })

  it('rejects a template without schema, a file that is not an object and more than 100 templates', () => {
    expect(codes({ analyze: { options: {} } })).toEqual(['missing_schema'])
    expect(codes([], [])).toEqual(['requests_not_object'])
    const many = Object.fromEntries(Array.from({ length: 101 }, (_, index) => [`t${index}`, template()]))
    expect(codes(many, Object.keys(many))).toEqual(['too_many_templates'])
  })
})
