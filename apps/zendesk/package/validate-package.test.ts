// @vitest-environment node
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { zipSync, type Zippable } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { collectPackage, zipPackage, type PackageFileMap } from './assemble-package.ts'
import { validatePackage } from './validate-package.ts'

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url))
const encode = (text: string) => new TextEncoder().encode(text)
// Fixtures are mutated freely; their shapes are what the validator must judge.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>
type Mutation = (files: PackageFileMap) => void

let good: PackageFileMap
let appDir: string

beforeAll(async () => {
  // The package's own sources (manifest, translations, requirements, logos) around a stand-in app build.
  appDir = await mkdtemp(join(tmpdir(), 'zendesk-app-'))
  await writeFile(
    join(appDir, 'index.html'),
    '<!doctype html><div id="root"></div><script src="main.js"></script>',
  )
  await writeFile(join(appDir, 'main.js'), 'console.log("app")')
  good = await collectPackage(REPO_ROOT, appDir)
})
afterAll(() => rm(appDir, { recursive: true, force: true }))

const withJson =
  (path: string, change: (json: Json) => void): Mutation =>
  (files) => {
    const json = JSON.parse(new TextDecoder().decode(files.get(path))) as Json
    change(json)
    files.set(path, encode(JSON.stringify(json)))
  }
const withText =
  (path: string, text: string): Mutation =>
  (files) => {
    files.set(path, encode(text))
  }
const without =
  (path: string): Mutation =>
  (files) => {
    files.delete(path)
  }
const manifest = (change: (json: Json) => void): Mutation => withJson('manifest.json', change)
const webhook = (change: (hook: Json) => void): Mutation =>
  withJson('requirements.json', (json) => change(json.webhooks.deskmate_ticket_events))

const validate = (mutate: Mutation) => {
  const files = new Map(good)
  mutate(files)
  return validatePackage(zipPackage(files))
}

describe('validatePackage', () => {
  it('accepts the Deskmate package built from manifest/zendesk and assets', () => {
    expect(validatePackage(zipPackage(good))).toEqual({ errors: [], warnings: [] })
  })

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
    [
      'a parameter without a label',
      withJson('translations/en.json', (t) => delete ((t.app as Json).parameters as Json).api_token),
      'translation.missing_required_key_on_leaf',
      'Missing required key label on leaf api_token from translations/en.json',
    ],
    [
      'a label missing in another locale',
      withJson(
        'translations/de.json',
        (t) => (((t.app as Json).parameters as Record<string, Json>).api_token!.label = ''),
      ),
      'translation.missing_required_key_on_leaf',
      'leaf api_token from translations/de.json',
    ],
    [
      'a public app without a long description',
      withJson('translations/en.json', (t) => delete (t.app as Json).long_description),
      'translation.missing_required_key',
      'Missing required key from translations/en.json: app.long_description',
    ],
    [
      'a translation file that is not JSON',
      withText('translations/fr.json', 'nope'),
      'translation.not_json',
      'translations/fr.json is not valid JSON',
    ],
    [
      'a translation file named after no locale',
      withText('translations/French.json', '{}'),
      'translation.invalid_locale',
      'translations/French.json is not a valid locale.',
    ],
    [
      'requirements that do not parse',
      withText('requirements.json', '{'),
      'requirements_not_json',
      'requirements.json is not proper JSON',
    ],
    [
      'duplicate requirement keys',
      withText('requirements.json', '{"webhooks":{"a":{},"a":{}}}'),
      'duplicate_requirements',
      'requirements.json contains a duplicate key: a',
    ],
    [
      'an unknown requirement type',
      withText('requirements.json', '{"widgets":{}}'),
      'invalid_requirements_types',
      'requirements.json contains an invalid type: widgets',
    ],
    [
      'a webhook without a status',
      webhook((w) => delete w.status),
      'missing_required_fields',
      '"status" is required in "deskmate_ticket_events"',
    ],
    [
      'a trigger without a title',
      withText('requirements.json', '{"triggers":{"t":{"conditions":{}}}}'),
      'missing_required_fields',
      '"title" is required in "t"',
    ],
    [
      'an http_target',
      withText('requirements.json', '{"targets":{"t":{"title":"T","type":"http_target"}}}'),
      'invalid_requirements_types',
      'http_target',
    ],
    [
      'a forbidden file extension',
      withText('assets/manual.pdf', 'plain text'),
      'unsupported_mime_type_detected',
      'assets/manual.pdf',
    ],
    [
      'a zip hidden behind a harmless name',
      (files: PackageFileMap) => {
        files.set('assets/data.txt', zipSync({ a: encode('x') }))
      },
      'unsupported_mime_type_detected',
      'assets/data.txt',
    ],
    [
      'a shell script without extension',
      withText('assets/install', '#!/bin/sh\nrm -rf /'),
      'unsupported_mime_type_detected',
      'assets/install',
    ],
    [
      'a logo of the wrong size',
      (files: PackageFileMap) => {
        files.set('assets/logo.png', files.get('assets/logo-small.png')!)
      },
      'invalid_logo_size',
      'Invalid assets/logo.png dimensions 128x128. Must be 320x320px.',
    ],
    [
      'a missing small logo',
      without('assets/logo-small.png'),
      'missing_logo',
      'Could not find assets/logo-small.png',
    ],
  ] as const)('rejects %s', (_, mutate, code, message) => {
    const { errors } = validate(mutate)
    expect(errors).toContainEqual({ code, message: expect.stringContaining(message) })
  })

  it('rejects a manifest nested in a folder', () => {
    const nested = new Map([...good].map(([path, data]) => [`deskmate/${path}`, data]))
    const { errors } = validatePackage(zipPackage(nested))
    expect(errors).toContainEqual({
      code: 'nested_manifest',
      message: expect.stringContaining('but deskmate/manifest.json was found'),
    })
  })

  it('rejects symlinks', () => {
    const files: Zippable = Object.fromEntries(good)
    files['assets/link.js'] = [encode('main.js'), { os: 3, attrs: (0o120777 << 16) >>> 0 }]
    const { errors } = validatePackage(zipSync(files))
    expect(errors).toContainEqual({
      code: 'symlink_in_zip',
      message: 'Symlinks are not allowed in the zip file',
    })
  })

  it('accepts a private app without marketplace descriptions', () => {
    const { errors } = validate((files) => {
      manifest((m) => (m.private = true))(files)
      withJson(
        'translations/en.json',
        (t) => (t.app = { name: 'Deskmate', parameters: (t.app as Json).parameters }),
      )(files)
    })
    expect(errors).toEqual([])
  })

  it('warns about secure parameters without scopes and long short descriptions', () => {
    const { errors, warnings } = validate((files) => {
      manifest((m) => delete m.parameters[2]!.scopes)(files)
      withJson('translations/en.json', (t) => ((t.app as Json).short_description = 'x'.repeat(81)))(files)
    })
    expect(errors).toEqual([])
    expect(warnings.map((warning) => warning.code)).toEqual([
      'secure_parameter_without_scopes',
      'short_description_too_long',
    ])
  })

  it('reports an archive that is not a zip', () => {
    expect(validatePackage(encode('not a zip')).errors[0]?.code).toBe('invalid_zip')
  })
})
