// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest'
import type { PackageFileMap } from './assemble-package.ts'
import {
  collectGoodPackage,
  manifest,
  validateMutated,
  withText,
  without,
  type Json,
} from './package-fixture.ts'

let good: PackageFileMap
beforeAll(async () => {
  good = await collectGoodPackage()
})

describe('validatePackage: manifest.json', () => {
  it.each([
    ['a missing manifest', without('manifest.json'), 'missing_manifest', 'Could not find manifest.json'],
    [
      'manifest JSON that does not parse',
      withText('manifest.json', '{"name": '),
      'manifest_not_json',
      'manifest is not proper JSON',
    ],
    [
      'duplicate manifest keys',
      withText('manifest.json', '{"name":"a","name":"b"}'),
      'duplicate_manifest_keys',
      'name',
    ],
    [
      'a missing author',
      manifest((m) => delete m.author),
      'manifest_keys.missing',
      'Missing required field in manifest: author',
    ],
    [
      'a non-boolean private',
      manifest((m) => (m.private = 'yes')),
      'unacceptable_boolean',
      'private must be a boolean value, got "yes".',
    ],
    [
      'a non-string version',
      manifest((m) => (m.version = 1)),
      'unacceptable_string',
      'version must be a string, got "1".',
    ],
    [
      'framework version 2.1',
      manifest((m) => (m.frameworkVersion = '2.1')),
      'invalid_version',
      '2.1 is not a valid framework version',
    ],
    [
      'no framework version',
      manifest((m) => delete m.frameworkVersion),
      'manifest_keys.missing',
      'frameworkVersion',
    ],
    [
      'an invalid default locale',
      manifest((m) => (m.defaultLocale = 'EN_us')),
      'invalid_default_locale',
      'EN_us is not a valid default locale.',
    ],
    [
      'a default locale without its file',
      manifest((m) => (m.defaultLocale = 'fr-ca')),
      'missing_translation_file',
      "locale 'fr-ca'",
    ],
    [
      'an author url that is not http(s)',
      manifest((m) => ((m.author as Json).url = 'ftp://x')),
      'invalid_url',
      'author url must be a valid URL',
    ],
    [
      'an unknown location',
      manifest((m) => (m.location = { support: { ticket_sidebarz: 'assets/index.html' } })),
      'invalid_location',
      'ticket_sidebarz is an invalid location in Support.',
    ],
    [
      'an unknown product',
      manifest((m) => (m.location.desk = { ticket_sidebar: 'assets/index.html' })),
      'invalid_host',
      'desk is an invalid host for apps.',
    ],
    [
      'a plain http location',
      manifest((m) => (m.location = { support: { ticket_sidebar: { url: 'http://example.com/app' } } })),
      'invalid_location_uri',
      'http://example.com/app is either an invalid location URI',
    ],
    [
      'a location asset missing from the zip',
      manifest((m) => (m.location = { support: { ticket_sidebar: { url: 'assets/nope.html' } } })),
      'invalid_location_uri',
      'assets/nope.html',
    ],
    [
      'a relative location outside assets/',
      manifest((m) => (m.location = { support: { ticket_sidebar: { url: 'index.html' } } })),
      'invalid_location_uri',
      'index.html',
    ],
    [
      'a non-boolean flexible',
      manifest(
        (m) => (m.location = { support: { ticket_sidebar: { url: 'assets/index.html', flexible: 'yes' } } }),
      ),
      'invalid_location_flexible_type',
      'yes is an invalid type',
    ],
    [
      'duplicate parameters',
      manifest((m) => m.parameters.push({ name: 'backend_url', type: 'url' })),
      'duplicate_parameters',
      'Duplicate app parameters defined: backend_url',
    ],
    [
      'a parameter called name',
      manifest((m) => m.parameters.push({ name: 'name' })),
      'name_as_parameter_name',
      "Can't call a parameter 'name'",
    ],
    [
      'an unknown parameter type',
      manifest((m) => m.parameters.push({ name: 'mode', type: 'select' })),
      'invalid_type_parameter',
      'select is an invalid parameter type.',
    ],
    [
      'a non-boolean required',
      manifest((m) => (m.parameters[0]!.required = 'true')),
      'unacceptable_boolean',
      'parameters.backend_url.required',
    ],
    [
      'a required hidden parameter',
      manifest((m) => m.parameters.push({ name: 'h', type: 'hidden', required: true })),
      'invalid_hidden_parameter',
      'h is set to hidden and cannot be required.',
    ],
    [
      'two oauth parameters',
      manifest((m) => m.parameters.push({ name: 'o1', type: 'oauth' }, { name: 'o2', type: 'oauth' })),
      'too_many_oauth_parameters',
      'one permitted',
    ],
    [
      'a secure oauth parameter',
      manifest((m) => m.parameters.push({ name: 'o1', type: 'oauth', secure: true })),
      'oauth_parameter_cannot_be_secure',
      'cannot be set to be secure',
    ],
    [
      'an incomplete oauth block',
      manifest((m) => (m.oauth = { client_id: 'x' })),
      'oauth_keys.missing',
      'client_secret, authorize_uri, access_token_uri',
    ],
    [
      'an unknown scope',
      manifest((m) => (m.parameters[1]!.scopes = ['cookie'])),
      'invalid_scopes',
      'cookie is not a valid scope for parameter shared_secret',
    ],
    [
      'scopes on a non-secure parameter',
      manifest((m) => (m.parameters[0]!.scopes = ['url'])),
      'scopes_require_secure',
      'backend_url defines scopes but is not secure',
    ],
    [
      'empty scopes',
      manifest((m) => (m.parameters[1]!.scopes = [])),
      'empty_scopes',
      'shared_secret must define at least one scope',
    ],
    [
      'an unknown experiment',
      manifest((m) => (m.experiments = { turbo: true })),
      'invalid_experiment',
      'unknown or unavailable experiment: turbo',
    ],
    [
      'a domainWhitelist that is not a list',
      manifest((m) => (m.domainWhitelist = 'x.example')),
      'unacceptable_array_of_strings',
      'domainWhitelist',
    ],
  ] as const)('rejects %s', (_, mutate, code, message) => {
    const { errors } = validateMutated(good, mutate)
    expect(errors).toContainEqual({ code, message: expect.stringContaining(message) })
  })
})
