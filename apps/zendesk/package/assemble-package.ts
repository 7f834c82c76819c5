import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { readTree, type PackageFileMap } from './package-tree.ts'

export { zipPackage, type PackageFileMap } from './package-tree.ts'

const GENERATED_WARNING = 'generated from manifest/zendesk, do not edit'

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
