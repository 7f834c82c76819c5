import { access, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { writeValidatedPackage } from '../../zendesk/package/package-tree.ts'
import { collectPackage } from './assemble-package.ts'
import { validatePackage } from './validate-package.ts'

// npm run package:freshdesk (after npm run build:freshdesk): assemble dist/freshdesk (the sidebar and console build as app/,
// config/, manifest.json), zip it offline, validate it.
const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url))
const OUT_DIR = join(REPO_ROOT, 'dist', 'freshdesk')
const APP_DIR = join(REPO_ROOT, 'dist', 'freshdesk-app')

for (const page of ['index.html', 'console.html']) {
  try {
    await access(join(APP_DIR, page))
  } catch {
    console.error(`No ${page} in ${APP_DIR}: run npm run build:freshdesk first.`)
    process.exit(1)
  }
}

const files = await collectPackage(REPO_ROOT, APP_DIR)
const { version } = JSON.parse(await readFile(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }
const zipPath = join(REPO_ROOT, 'dist', `deskmate-freshdesk-${version}.zip`)
if (!(await writeValidatedPackage(files, { outDir: OUT_DIR, zipPath, validate: validatePackage })))
  process.exit(1)
