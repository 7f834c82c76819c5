import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { collectPackage, zipPackage, type PackageFileMap } from './assemble-package.ts'
import { validatePackage, type ValidationReport } from './validate-package.ts'

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url))

export const encode = (text: string): Uint8Array => new TextEncoder().encode(text)

// Fixtures are mutated freely; their shapes are exactly what the validator must judge.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = Record<string, any>
export type Mutation = (files: PackageFileMap) => void

/** The package's real sources (manifest, translations, requirements, logos) around a stand-in app build. */
export const collectGoodPackage = async (): Promise<PackageFileMap> => {
  const appDir = await mkdtemp(join(tmpdir(), 'zendesk-app-'))
  try {
    await writeFile(
      join(appDir, 'index.html'),
      '<!doctype html><div id="root"></div><script src="main.js"></script>',
    )
    await writeFile(join(appDir, 'main.js'), 'console.log("app")')
    return await collectPackage(REPO_ROOT, appDir)
  } finally {
    await rm(appDir, { recursive: true, force: true })
  }
}

export const withJson =
  (path: string, change: (json: Json) => void): Mutation =>
  (files) => {
    const json = JSON.parse(new TextDecoder().decode(files.get(path))) as Json
    change(json)
    files.set(path, encode(JSON.stringify(json)))
  }

export const withText =
  (path: string, text: string): Mutation =>
  (files) => {
    files.set(path, encode(text))
  }

export const without =
  (path: string): Mutation =>
  (files) => {
    files.delete(path)
  }

export const manifest = (change: (json: Json) => void): Mutation => withJson('manifest.json', change)

/** Validates a copy of `good` changed by `mutate`, zipped like the real package. */
export const validateMutated = (good: PackageFileMap, mutate: Mutation): ValidationReport => {
  const files = new Map(good)
  mutate(files)
  return validatePackage(zipPackage(files))
}
