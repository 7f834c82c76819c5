import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { runWrangler } from '../../../scripts/dev/wrangler.ts'

/** The free plan's limit on a Worker's compressed size. */
export const FREE_PLAN_LIMIT_BYTES = 3 * 1024 * 1024

/** The Worker as `wrangler deploy` would upload it, and its size. */
export type WorkerBundle = {
  dir: string
  mainModule: string
  modules: string[]
  rawBytes: number
  gzipBytes: number
  /** What wrangler itself reported ("Total Upload: … / gzip: …"), for cross-checking. */
  wranglerSummary: string | null
}

const listFiles = (dir: string, prefix = ''): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? listFiles(path, `${prefix}${name}/`) : [`${prefix}${name}`]
  })

/**
 * Bundles the Worker exactly as deployed (`wrangler deploy --dry-run --outdir`) and measures the uploaded
 * modules (source maps excluded), raw and gzip-compressed.
 */
export const bundleWorker = async (outDir: string): Promise<WorkerBundle> => {
  const lines: string[] = []
  await runWrangler(['deploy', '--dry-run', '--outdir', outDir], (line) => lines.push(line))
  const modules = listFiles(outDir).filter((file) => !file.endsWith('.map') && !file.endsWith('README.md'))
  const mainModule = modules.find((file) => file === 'index.js')
  if (!mainModule) throw new Error(`wrangler wrote no index.js into ${outDir}: ${modules.join(', ')}`)
  const contents = modules.map((file) => readFileSync(join(outDir, file)))
  return {
    dir: outDir,
    mainModule,
    modules,
    rawBytes: contents.reduce((sum, bytes) => sum + bytes.byteLength, 0),
    gzipBytes: contents.reduce((sum, bytes) => sum + gzipSync(bytes, { level: 9 }).byteLength, 0),
    wranglerSummary: lines.find((line) => /Total Upload/i.test(line))?.trim() ?? null,
  }
}
