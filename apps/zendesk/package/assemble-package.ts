import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { dirname, join, relative } from 'node:path'
import { zipSync } from 'fflate'

/** Files of the package by zip path (forward slashes, relative to the package root). */
export type PackageFileMap = Map<string, Uint8Array>

const GENERATED_WARNING = 'generated from manifest/zendesk, do not edit'
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

const readTree = async (dir: string, prefix: string, files: PackageFileMap): Promise<void> => {
  for (const path of await listFiles(dir)) {
    if (path.endsWith('.map')) continue
    files.set(`${prefix}${relative(dir, path).split('\\').join('/')}`, await readFile(path))
  }
}

/** Stamps the manifest copy so nobody edits the generated file instead of the source. */
export const stampManifest = (source: string): string => {
  const manifest = JSON.parse(source) as Record<string, unknown>
  return `${JSON.stringify({ _warning: GENERATED_WARNING, ...manifest }, null, 2)}\n`
}

/**
 * Collects the package from its sources: the built app (`appAssetsDir`), manifest/zendesk (manifest,
 * requirements, translations) and the marketplace logos and navigation-bar icon from assets/.
 */
export const collectPackage = async (repoRoot: string, appAssetsDir: string): Promise<PackageFileMap> => {
  const files: PackageFileMap = new Map()
  const source = join(repoRoot, 'manifest', 'zendesk')
  await readTree(appAssetsDir, 'assets/', files)
  files.set(
    'manifest.json',
    new TextEncoder().encode(stampManifest(await readFile(join(source, 'manifest.json'), 'utf8'))),
  )
  files.set('requirements.json', await readFile(join(source, 'requirements.json')))
  await readTree(join(source, 'translations'), 'translations/', files)
  // icon_nav_bar.svg: the admin page's icon in Zendesk's navigation bar (the `nav_bar` location).
  for (const logo of ['logo.png', 'logo-small.png', 'icon_nav_bar.svg'])
    files.set(`assets/${logo}`, await readFile(join(repoRoot, 'assets', logo)))
  return files
}

/** Writes the package tree to `outDir` (replacing what was there), as `zcli apps:package` would read it. */
export const writePackageTree = async (files: PackageFileMap, outDir: string): Promise<void> => {
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
