// @vitest-environment node
import { existsSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { CONSOLE_ICON_PATH, SIDEBAR_ICON_PATH, collectPackage, zipPackage } from './assemble-package.ts'
import {
  REPO_ROOT,
  SIDEBAR_BUILD_DIR,
  collectGoodPackage,
  encode,
  errorCodes,
  validateMutated,
} from './package-fixture.ts'
import { validatePackage } from './validate-package.ts'
import type { PackageFiles } from './validation-issue.ts'

let good: PackageFiles
beforeAll(async () => {
  good = await collectGoodPackage()
})

describe('validatePackage', () => {
  it('accepts the Deskmate package built from manifest/freshdesk and assets', () => {
    expect(validatePackage(zipPackage(good))).toEqual({ errors: [], warnings: [] })
    expect([...good.keys()].sort()).toEqual([
      'app/console.html',
      'app/index.html',
      'app/scripts/app.js',
      CONSOLE_ICON_PATH,
      SIDEBAR_ICON_PATH,
      'config/iparams.json',
      'config/requests.json',
      'manifest.json',
    ])
  })

  // `npm test` builds the sidebar first (npm run build:freshdesk); a lone run of this file without a build skips it.
  it.skipIf(!existsSync(SIDEBAR_BUILD_DIR))(
    'accepts the package of the real sidebar build',
    async () => {
      const files = await collectPackage(REPO_ROOT, SIDEBAR_BUILD_DIR)
      expect(validatePackage(zipPackage(files)).errors).toEqual([])
      expect([...files.keys()]).toEqual(
        expect.arrayContaining([
          'app/index.html',
          'app/scripts/index.js',
          'app/styles/style.css',
          'app/console.html',
          'app/scripts/console.js',
          'app/styles/console.css',
        ]),
      )
      // Linting the whole bundle takes seconds on a busy machine.
    },
    120_000,
  )

  it('builds the same zip bytes from the same sources', () => {
    expect(zipPackage(new Map([...good].reverse()))).toEqual(zipPackage(good))
  })

  it('reports an archive that is not a zip', () => {
    expect(errorCodes(validatePackage(encode('not a zip')))).toEqual(['invalid_zip'])
  })

  it('rejects a package without manifest.json at its root', () => {
    const nested = new Map([...good].map(([path, data]) => [`deskmate/${path}`, data]))
    const { errors } = validatePackage(zipPackage(nested))
    expect(errors).toContainEqual({
      code: 'missing_manifest',
      message: 'manifest.json is missing at the root of the zip.',
    })
  })

  it('rejects a manifest that is not JSON', () => {
    const { errors } = validateMutated(good, (files) => files.set('manifest.json', encode('{"modules": ')))
    expect(errors).toContainEqual({ code: 'invalid_json', message: expect.stringContaining('manifest.json') })
  })

  it('rejects config files that are not JSON', () => {
    const { errors } = validateMutated(good, (files) => {
      files.set('config/iparams.json', encode('{'))
      files.set('config/requests.json', encode('['))
    })
    expect(errors.map((error) => error.message)).toEqual([
      expect.stringContaining('config/iparams.json is not valid JSON'),
      expect.stringContaining('config/requests.json is not valid JSON'),
    ])
  })

  it('rejects request templates the manifest declares without config/requests.json', () => {
    const report = validateMutated(good, (files) => files.delete('config/requests.json'))
    expect(errorCodes(report)).toContain('template_not_defined')
  })

  it('rejects app code that invokes a template the manifest does not declare', () => {
    const code =
      "app.initialized().then(function (c) { return c.request.invokeTemplate('draftReply', {}) })\n"
    const { errors } = validateMutated(good, (files) => files.set('app/scripts/app.js', encode(code)))
    expect(errors).toEqual([
      {
        code: 'template_not_declared',
        message:
          "app/scripts/app.js: request template 'draftReply' is not declared in modules.common.requests.",
      },
    ])
  })

  it('lints the app code inside the zip', () => {
    const report = validateMutated(good, (files) => files.set('app/scripts/app.js', encode('eval("1")\n')))
    expect(errorCodes(report)).toEqual(['lint_no-eval'])
  })
})
