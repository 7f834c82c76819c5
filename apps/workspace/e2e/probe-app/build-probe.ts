import { copyFile, mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const HERE = fileURLToPath(new URL('.', import.meta.url))

/** Builds the probe app (the real ZAF SDK bundled as an IIFE) into a fresh folder and returns its path. */
export const buildProbeApp = async (): Promise<string> => {
  const dir = await mkdtemp(join(tmpdir(), 'zaf-probe-'))
  await build({
    entryPoints: [join(HERE, 'probe.js')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    outfile: join(dir, 'probe.js'),
    logLevel: 'silent',
  })
  await copyFile(join(HERE, 'index.html'), join(dir, 'index.html'))
  return dir
}
