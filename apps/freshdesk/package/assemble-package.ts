import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { readTree } from '../../zendesk/package/package-tree.ts'
import type { PackageFiles } from './validation-issue.ts'

// The zip step is the Zendesk package's.
export { zipPackage } from '../../zendesk/package/package-tree.ts'

/** Where the manifest's ticket_sidebar icon lives inside app/. */
export const SIDEBAR_ICON_PATH = 'app/styles/images/icon.png'
/** Where the manifest's full_page_app (the admin console) icon lives inside app/: the same 64×64 image. */
export const CONSOLE_ICON_PATH = 'app/styles/images/console-icon.png'

/**
 * Collects the package from its sources: the sidebar and console build (`appDir`) into app/, manifest/freshdesk
 * (manifest.json, config/) and the 64×64 icon from assets/freshdesk for both locations.
 */
export const collectPackage = async (repoRoot: string, appDir: string): Promise<PackageFiles> => {
  const files: PackageFiles = new Map()
  const source = join(repoRoot, 'manifest', 'freshdesk')
  await readTree(appDir, 'app/', files)
  const icon = await readFile(join(repoRoot, 'assets', 'freshdesk', 'icon.png'))
  files.set(SIDEBAR_ICON_PATH, icon)
  files.set(CONSOLE_ICON_PATH, icon)
  await readTree(join(source, 'config'), 'config/', files)
  files.set('manifest.json', await readFile(join(source, 'manifest.json')))
  return files
}
