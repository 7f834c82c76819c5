import { access, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { collectPackage, writePackageTree, zipPackage } from './assemble-package.ts'
import { validatePackage } from './validate-package.ts'

// npm run package:freshdesk (after npm run build:freshdesk): assemble dist/freshdesk (the sidebar build as app/,
// config/, manifest.json), zip it offline, validate it.
const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url))
const OUT_DIR = join(REPO_ROOT, 'dist', 'freshdesk')
const APP_DIR = join(REPO_ROOT, 'dist', 'freshdesk-app')

try {
  await access(join(APP_DIR, 'index.html'))
} catch {
  console.error(`No sidebar build in ${APP_DIR}: run npm run build:freshdesk first.`)
  process.exit(1)
}

const files = await collectPackage(REPO_ROOT, APP_DIR)
await writePackageTree(files, OUT_DIR)
const zip = zipPackage(files)
const { version } = JSON.parse(await readFile(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }
const zipPath = join(REPO_ROOT, 'dist', `deskmate-freshdesk-${version}.zip`)
await writeFile(zipPath, zip)

const report = validatePackage(zip)
for (const warning of report.warnings) console.warn(`warning ${warning.code}: ${warning.message}`)
for (const error of report.errors) console.error(`error ${error.code}: ${error.message}`)
console.log(
  `${zipPath} (${files.size} files, ${(zip.length / 1024).toFixed(1)} KiB): ${report.errors.length === 0 ? 'valid' : 'INVALID'}`,
)
if (report.errors.length > 0) process.exit(1)
