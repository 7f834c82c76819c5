import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { dirname, join, relative } from 'node:path'
import { zipSync } from 'fflate'

// The file tree and zip steps both marketplace packages share (Zendesk and Freshdesk).

/** What a package validator reports. */
export type PackageReport = {
  errors: ReadonlyArray<{ code: string; message: string }>
  warnings: ReadonlyArray<{ code: string; message: string }>
}

/** Files of a package by zip path (forward slashes, relative to the package root). */
export type PackageFileMap = Map<string, Uint8Array>

// A fixed timestamp keeps the zip byte-identical across builds of the same sources.
const ZIP_MTIME = new Date('2026-01-01T00:00:00Z')

const listFiles = async (dir: string): Promise<string[]> => {
  const entries = await readdir(dir, { withFileTypes: true })
  const nested = await Promise.all(
    entries
      .filter((entry) => !entry.name.startsWith('.'))
      .map((entry) => (entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)])),
  )
  return nested.flat()
}

/** Adds every file below `dir` (hidden files and source maps left out) under `prefix`. */
export const readTree = async (dir: string, prefix: string, files: PackageFileMap): Promise<void> => {
  for (const path of await listFiles(dir)) {
    if (path.endsWith('.map')) continue
    files.set(`${prefix}${relative(dir, path).split('\\').join('/')}`, await readFile(path))
  }
}

/** Writes the package tree to `outDir`, replacing what was there. */
const writePackageTree = async (files: PackageFileMap, outDir: string): Promise<void> => {
  await rm(outDir, { recursive: true, force: true })
  for (const [path, data] of files) {
    const target = join(outDir, path)
    await mkdir(dirname(target), { recursive: true })
    await writeFile(target, data)
  }
}

/** Zips the package in memory (deflate level 9, stable timestamps, sorted entries). */
export const zipPackage = (files: PackageFileMap): Uint8Array =>
  zipSync(Object.fromEntries([...files].sort(([a], [b]) => a.localeCompare(b))), {
    level: 9,
    mtime: ZIP_MTIME,
  })

/**
 * Writes the package tree to `outDir` and its zip to `zipPath`, validates the zip and prints the report;
 * false when the package is invalid.
 */
export const writeValidatedPackage = async (
  files: PackageFileMap,
  target: { outDir: string; zipPath: string; validate: (zip: Uint8Array) => PackageReport },
): Promise<boolean> => {
  await writePackageTree(files, target.outDir)
  const zip = zipPackage(files)
  await writeFile(target.zipPath, zip)
  const report = target.validate(zip)
  for (const warning of report.warnings) console.warn(`warning ${warning.code}: ${warning.message}`)
  for (const error of report.errors) console.error(`error ${error.code}: ${error.message}`)
  const verdict = report.errors.length === 0 ? 'valid' : 'INVALID'
  console.log(`${target.zipPath} (${files.size} files, ${(zip.length / 1024).toFixed(1)} KiB): ${verdict}`)
  return report.errors.length === 0
}
