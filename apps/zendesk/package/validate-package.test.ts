// @vitest-environment node
import { zipSync, type Zippable } from 'fflate'
import { beforeAll, describe, expect, it } from 'vitest'
import { zipPackage, type PackageFileMap } from './assemble-package.ts'
import {
  collectGoodPackage,
  encode,
  manifest,
  validateMutated,
  withJson,
  type Json,
} from './package-fixture.ts'
import { validatePackage } from './validate-package.ts'

let good: PackageFileMap
beforeAll(async () => {
  good = await collectGoodPackage()
})

describe('validatePackage', () => {
  it('accepts the Deskmate package built from manifest/zendesk and assets', () => {
    expect(validatePackage(zipPackage(good))).toEqual({ errors: [], warnings: [] })
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
    const { errors } = validateMutated(good, (files) => {
      manifest((m) => (m.private = true))(files)
      withJson(
        'translations/en.json',
        (t) => (t.app = { name: 'Deskmate', parameters: (t.app as Json).parameters }),
      )(files)
    })
    expect(errors).toEqual([])
  })

  it('warns about secure parameters without scopes and long short descriptions', () => {
    const { errors, warnings } = validateMutated(good, (files) => {
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
