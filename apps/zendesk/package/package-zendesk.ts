import { execFileSync } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { collectPackage } from './assemble-package.ts'
import { writeValidatedPackage } from './package-tree.ts'
import { validatePackage } from './validate-package.ts'

// npm run package:zendesk [-- --skip-build]: build the app, assemble dist/zendesk, zip it offline, validate it.
const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url))
const OUT_DIR = join(REPO_ROOT, 'dist', 'zendesk')
const APP_ASSETS_DIR = join(OUT_DIR, 'assets')

if (!process.argv.includes('--skip-build')) {
  execFileSync('npm', ['run', 'build:zendesk'], { cwd: REPO_ROOT, stdio: 'inherit' })
}
const files = await collectPackage(REPO_ROOT, APP_ASSETS_DIR)
const { version } = JSON.parse(
  await readFile(join(REPO_ROOT, 'manifest', 'zendesk', 'manifest.json'), 'utf8'),
) as {
  version: string
}
const zipPath = join(REPO_ROOT, 'dist', `deskmate-zendesk-${version}.zip`)
if (!(await writeValidatedPackage(files, { outDir: OUT_DIR, zipPath, validate: validatePackage })))
  process.exit(1)
