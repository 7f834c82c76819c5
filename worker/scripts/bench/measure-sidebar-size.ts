import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { join, posix } from 'node:path'
import { gzipSync } from 'node:zlib'
import { REPO_ROOT } from './bench-inputs.ts'

/** The sidebar's budget for what the iframe loads before first render, gzip-compressed (kB = 1000 bytes). */
export const SIDEBAR_BUDGET_BYTES = 110_000

/** Sizes of the built sidebar app, or why they were not measured. */
export type SidebarSize =
  | {
      measured: true
      initialFiles: string[]
      initialRawBytes: number
      initialGzipBytes: number
      allGzipBytes: number
      builtAt: string
    }
  | { measured: false; reason: string }

const ASSETS_DIR = join(REPO_ROOT, 'dist', 'zendesk', 'assets')
const HTML_REF = /<(?:script|link)\b[^>]*?\b(?:src|href)="(\.?\/?[^"]+\.(?:js|css))"/g
// Static imports and re-exports load with the entry; dynamic import("…") chunks load later and are excluded.
const STATIC_IMPORT = /\b(?:import|export)\s*(?:[^'"();]*?\bfrom\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g

const gzipBytes = (file: string): number =>
  gzipSync(readFileSync(join(ASSETS_DIR, file)), { level: 9 }).byteLength

/** The entry HTML's scripts and styles plus every chunk they import statically. */
const initialFilesOf = (html: string): string[] => {
  const seen = new Set<string>()
  const visit = (file: string): void => {
    if (seen.has(file) || !existsSync(join(ASSETS_DIR, file))) return
    seen.add(file)
    if (!file.endsWith('.js')) return
    for (const [, ref] of readFileSync(join(ASSETS_DIR, file), 'utf8').matchAll(STATIC_IMPORT)) {
      visit(posix.normalize(posix.join(posix.dirname(file), ref as string)))
    }
  }
  for (const [, ref] of html.matchAll(HTML_REF)) visit(posix.normalize(ref as string))
  return [...seen]
}

const buildSidebar = (): string | null => {
  const result = spawnSync('npm', ['run', 'build:zendesk'], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    timeout: 180_000,
  })
  return result.status === 0
    ? null
    : `npm run build:zendesk failed: ${(result.stderr || result.stdout).slice(-500)}`
}

/** Gzip size of what the sidebar iframe loads first (JS + CSS), building the app when it was never built. */
export const measureSidebarSize = (): SidebarSize => {
  const htmlPath = join(ASSETS_DIR, 'index.html')
  if (!existsSync(htmlPath)) {
    const failure = buildSidebar()
    if (failure) return { measured: false, reason: failure }
    if (!existsSync(htmlPath)) return { measured: false, reason: `the build wrote no ${htmlPath}` }
  }
  const initialFiles = initialFilesOf(readFileSync(htmlPath, 'utf8'))
  if (initialFiles.length === 0)
    return { measured: false, reason: 'index.html references no script or style' }
  const assets = readdirSync(ASSETS_DIR, { recursive: true, encoding: 'utf8' }).filter((f) =>
    /\.(js|css)$/.test(f),
  )
  return {
    measured: true,
    initialFiles,
    initialRawBytes: initialFiles.reduce((sum, f) => sum + readFileSync(join(ASSETS_DIR, f)).byteLength, 0),
    initialGzipBytes: initialFiles.reduce((sum, f) => sum + gzipBytes(f), 0),
    allGzipBytes: assets.reduce((sum, f) => sum + gzipBytes(f), 0),
    builtAt: statSync(htmlPath).mtime.toISOString(),
  }
}
