// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { encode } from './package-fixture.ts'
import { validateFiles } from './validate-files.ts'

const MB = 1024 * 1024
const base = (): Map<string, Uint8Array> =>
  new Map([
    ['manifest.json', encode('{}')],
    ['app/index.html', encode('<!doctype html>')],
    ['config/iparams.json', encode('{}')],
  ])
const codes = (files: Map<string, Uint8Array>, zipBytes = 1000): string[] =>
  validateFiles(files, zipBytes).map((error) => error.code)

describe('validateFiles', () => {
  it('accepts the FDK layout', () => {
    const files = base()
    files.set('config/assets/iparams.js', encode(''))
    files.set('app/scripts/app.js', new Uint8Array(3 * MB))
    expect(codes(files, 5 * MB)).toEqual([])
  })

  it('rejects a zip over 5 MB', () => {
    expect(codes(base(), 5 * MB + 1)).toEqual(['zip_too_large'])
  })

  it('rejects a package without app/', () => {
    const files = base()
    files.delete('app/index.html')
    expect(codes(files)).toEqual(['missing_app_folder'])
  })

  it('rejects files outside the FDK layout', () => {
    const files = base()
    files.set('package.json', encode('{}'))
    files.set('node_modules/x/index.js', encode(''))
    expect(codes(files)).toEqual(['unexpected_file', 'unexpected_file'])
  })

  it('rejects config/ files FDK does not allow', () => {
    const files = base()
    files.set('config/settings.json', encode('{}'))
    expect(validateFiles(files, 1000)).toEqual([
      {
        code: 'unexpected_config_file',
        message: expect.stringContaining('config/settings.json is not allowed in config/'),
      },
    ])
  })

  it('rejects a file directly in app/ over 2 MB', () => {
    const files = base()
    files.set('app/bundle.js', new Uint8Array(2 * MB + 1))
    expect(codes(files)).toEqual(['app_file_too_large'])
  })
})
