import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const PAGE_DIR = fileURLToPath(new URL('../page/', import.meta.url))

export type PageBundle = { html: string; script: string; css: string }

/** Bundles the workspace page's script (vanilla TypeScript) and reads its HTML and CSS. */
export const buildPage = async (): Promise<PageBundle> => {
  const result = await build({
    entryPoints: [`${PAGE_DIR}main.ts`],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: false,
    sourcemap: false,
    logLevel: 'silent',
  })
  const script = result.outputFiles[0]?.text ?? ''
  const [html, css] = await Promise.all([
    readFile(`${PAGE_DIR}index.html`, 'utf8'),
    readFile(`${PAGE_DIR}workspace.css`, 'utf8'),
  ])
  return { html, script, css }
}
