// @vitest-environment node
import { zipSync } from 'fflate'
import { beforeAll, describe, expect, it } from 'vitest'
import type { PackageFileMap } from './assemble-package.ts'
import {
  collectGoodPackage,
  encode,
  validateMutated,
  withJson,
  withText,
  without,
  type Json,
  type Mutation,
} from './package-fixture.ts'

let good: PackageFileMap
beforeAll(async () => {
  good = await collectGoodPackage()
})

const webhook = (change: (hook: Json) => void): Mutation =>
  withJson('requirements.json', (json) => change(json.webhooks.deskmate_ticket_events))

describe('validatePackage: translations, requirements and files', () => {
  it.each([
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
    const { errors } = validateMutated(good, mutate)
    expect(errors).toContainEqual({ code, message: expect.stringContaining(message) })
  })
})
