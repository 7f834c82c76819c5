import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { dirname, join, relative } from 'node:path'
import { zipSync } from 'fflate'
import type { PackageFiles } from './validation-issue.ts'

// A fixed timestamp keeps the zip byte-identical across builds of the same sources.
const ZIP_MTIME = new Date('2026-01-01T00:00:00Z')
/** Where the manifest's ticket_sidebar icon lives inside app/. */
export const SIDEBAR_ICON_PATH = 'app/styles/images/icon.png'

const listFiles = async (dir: string): Promise<string[]> => {
  const entries = await readdir(dir, { withFileTypes: true })
  const nested = await Promise.all(
    entries
      .filter((entry) => !entry.name.startsWith('.'))
      .map((entry) => (entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)])),
  )
  return nested.flat()
}

const readTree = async (dir: string, prefix: string, files: PackageFiles): Promise<void> => {
  for (const path of await listFiles(dir)) {
    if (path.endsWith('.map')) continue
    files.set(`${prefix}${relative(dir, path).split('\\').join('/')}`, await readFile(path))
  }
}

/**
 * Collects the package from its sources: the sidebar (`appDir`) into app/, manifest/freshdesk (manifest.json,
 * config/) and the 64×64 sidebar icon from assets/freshdesk.
 */
export const collectPackage = async (repoRoot: string, appDir: string): Promise<PackageFiles> => {
  const files: PackageFiles = new Map()
  const source = join(repoRoot, 'manifest', 'freshdesk')
  await readTree(appDir, 'app/', files)
  files.set(SIDEBAR_ICON_PATH, await readFile(join(repoRoot, 'assets', 'freshdesk', 'icon.png')))
  await readTree(join(source, 'config'), 'config/', files)
  files.set('manifest.json', await readFile(join(source, 'manifest.json')))
  return files
}

/** Writes the package tree to `outDir`, replacing what was there. */
export const writePackageTree = async (files: PackageFiles, outDir: string): Promise<void> => {
  await rm(outDir, { recursive: true, force: true })
  for (const [path, data] of files) {
    const target = join(outDir, path)
    await mkdir(dirname(target), { recursive: true })
    await writeFile(target, data)
  }
}

/** Zips the package in memory (deflate level 9, stable timestamps, sorted entries). */
export const zipPackage = (files: PackageFiles): Uint8Array =>
  zipSync(Object.fromEntries([...files].sort(([a], [b]) => a.localeCompare(b))), {
    level: 9,
    mtime: ZIP_MTIME,
  })
