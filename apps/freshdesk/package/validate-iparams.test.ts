// @vitest-environment node
import { describe, expect, it } from 'vitest'
import type { Json } from './package-fixture.ts'
import { validateIparams } from './validate-iparams.ts'

const codes = (spec: Json, scripts = ''): string[] =>
  validateIparams({ setting: { display_name: 'Setting', type: 'text', ...spec } }, scripts).errors.map(
    (error) => error.code,
  )

describe('validateIparams', () => {
  it.each<[string, Json, string]>([
    ['an unknown property', { hint: 'x' }, 'unknown_iparam_key'],
    ['a missing display_name', { display_name: '' }, 'missing_display_name'],
    ['an unknown type', { type: 'password' }, 'invalid_iparam_type'],
    ['a dropdown without options', { type: 'dropdown' }, 'options'],
    ['options on a text field', { options: ['a'] }, 'options'],
    [
      'a dropdown default outside its options',
      { type: 'dropdown', options: ['a'], default_value: 'b' },
      'default_not_in_options',
    ],
    ['a domain without product', { type: 'domain' }, 'missing_product'],
    ['an api_key without product', { type: 'api_key', secure: true }, 'missing_product'],
    ['a required that is not boolean', { required: 'yes' }, 'not_boolean'],
    ['a secure that is not boolean', { secure: 1 }, 'not_boolean'],
    ['a checkbox default that is not boolean', { type: 'checkbox', default_value: 'true' }, 'not_boolean'],
    ['a regex on a number', { type: 'number', regex: { n: '^1$', 'n-error': 'x' } }, 'regex_not_allowed'],
    ['a regex without its error message', { regex: { fqdn: '^a$' } }, 'regex_without_error'],
    [
      'an event handler missing from iparams.js',
      { events: [{ change: 'onHostChange' }] },
      'event_handler_missing',
    ],
  ])('rejects %s', (_name, spec, code) => {
    expect(codes(spec)).toEqual([code])
  })

  it('accepts an event handler defined in config/assets/iparams.js', () => {
    expect(codes({ events: [{ change: 'onHostChange' }] }, 'function onHostChange() {}')).toEqual([])
  })

  it('warns when a secret-like parameter is not secure', () => {
    const report = validateIparams({ api_token: { display_name: 'Token', type: 'text' } }, '')
    expect(report).toEqual({
      errors: [],
      warnings: [
        {
          code: 'insecure_secret_iparam',
          message: 'config/iparams.json api_token looks like a secret; mark it secure.',
        },
      ],
    })
  })

  it('rejects a file that is not an object of parameters', () => {
    expect(validateIparams([], '').errors.map((error) => error.code)).toEqual(['iparams_not_object'])
    expect(validateIparams({ a: 1 }, '').errors.map((error) => error.code)).toEqual(['iparam_not_object'])
  })
})
