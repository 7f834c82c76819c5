import { execFileSync } from 'node:child_process'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { collectPackage, writePackageTree, zipPackage } from './assemble-package.ts'
import { validatePackage } from './validate-package.ts'

// npm run package:zendesk [-- --skip-build]: build the app, assemble dist/zendesk, zip it offline, validate it.
const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url))
const OUT_DIR = join(REPO_ROOT, 'dist', 'zendesk')
const APP_ASSETS_DIR = join(OUT_DIR, 'assets')

if (!process.argv.includes('--skip-build')) {
  execFileSync('npm', ['run', 'build:zendesk'], { cwd: REPO_ROOT, stdio: 'inherit' })
}
const files = await collectPackage(REPO_ROOT, APP_ASSETS_DIR)
await writePackageTree(files, OUT_DIR)
const zip = zipPackage(files)
const { version } = JSON.parse(
  await readFile(join(REPO_ROOT, 'manifest', 'zendesk', 'manifest.json'), 'utf8'),
) as {
  version: string
}
const zipPath = join(REPO_ROOT, 'dist', `deskmate-zendesk-${version}.zip`)
await writeFile(zipPath, zip)

const report = validatePackage(zip)
for (const warning of report.warnings) console.warn(`warning ${warning.code}: ${warning.message}`)
for (const error of report.errors) console.error(`error ${error.code}: ${error.message}`)
console.log(
  `${zipPath} (${files.size} files, ${(zip.length / 1024).toFixed(1)} KiB): ${report.errors.length === 0 ? 'valid' : 'INVALID'}`,
)
if (report.errors.length > 0) process.exit(1)
