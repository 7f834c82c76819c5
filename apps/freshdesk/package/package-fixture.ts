import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { collectPackage, zipPackage } from './assemble-package.ts'
import { validatePackage } from './validate-package.ts'
import type { PackageFiles, ValidationReport } from './validation-issue.ts'

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url))

export const encode = (text: string): Uint8Array => new TextEncoder().encode(text)

// Fixtures are mutated freely; their shapes are exactly what the validator must judge.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = Record<string, any>
export type Mutation = (files: PackageFiles) => void

/** Where `npm run build:freshdesk` writes the sidebar that `npm run package:freshdesk` packages as app/. */
export const SIDEBAR_BUILD_DIR = join(REPO_ROOT, 'dist', 'freshdesk-app')

/**
 * The package as `npm run package:freshdesk` assembles it from manifest/freshdesk and assets, with a small
 * stand-in sidebar (package/fixture-app) so the rules can be tested without a build.
 */
export const collectGoodPackage = (): Promise<PackageFiles> =>
  collectPackage(REPO_ROOT, fileURLToPath(new URL('./fixture-app', import.meta.url)))

export const withJson =
  (path: string, change: (json: Json) => void): Mutation =>
  (files) => {
    const json = JSON.parse(new TextDecoder().decode(files.get(path))) as Json
    change(json)
    files.set(path, encode(JSON.stringify(json)))
  }

export const manifest = (change: (json: Json) => void): Mutation => withJson('manifest.json', change)

/** Validates a copy of `good` changed by `mutate`, zipped like the real package. */
export const validateMutated = (good: PackageFiles, mutate: Mutation): ValidationReport => {
  const files = new Map(good)
  mutate(files)
  return validatePackage(zipPackage(files))
}

/** The codes of a report's errors, for tests that name the one rule they break. */
export const errorCodes = (report: ValidationReport): string[] => report.errors.map((error) => error.code)
