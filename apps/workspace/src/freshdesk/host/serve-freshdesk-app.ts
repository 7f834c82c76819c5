import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import type { ServerResponse } from 'node:http'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { serveStatic } from '../../server/serve-static.ts'

/** Where the app origin serves the Freshworks client stand-in (what `{{{appclient}}}` becomes locally). */
export const APP_CLIENT_PATH = '/__freshdesk/appclient.js'
/** Where the app origin serves the Freshdesk app's folder. */
export const FRESHDESK_APP_PREFIX = '/freshdesk/'

/** Which Freshdesk app the sidebar shows: the React build, or the package's connection check without one. */
export type FreshdeskAppSource = { dir: string; isBuild: boolean }

/** Picks `dist/freshdesk-app` when built, else the packaged connection-check page (`manifest/freshdesk/app`). */
export const findFreshdeskApp = (repoRoot: string, appDir?: string): FreshdeskAppSource => {
  if (appDir) return { dir: appDir, isBuild: true }
  const built = `${repoRoot}dist/freshdesk-app`
  if (existsSync(`${built}/index.html`)) return { dir: built, isBuild: true }
  return { dir: `${repoRoot}manifest/freshdesk/app`, isBuild: false }
}

/** Bundles the client stand-in for the browser (ES2017, like the apps it hosts). */
export const buildAppClient = async (): Promise<string> => {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('./app-client.ts', import.meta.url))],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2017',
    logLevel: 'silent',
  })
  return result.outputFiles[0]?.text ?? ''
}

/** A page of the app's folder (index.html, console.html): Freshdesk puts its client script into each. */
const PAGE = /^\/[\w-]+\.html$/

/** Serves one request of the Freshdesk app origin; each page gets the stand-in for `{{{appclient}}}`. */
export const serveFreshdeskApp = async (
  app: FreshdeskAppSource,
  clientScript: string,
  pathname: string,
  res: ServerResponse,
): Promise<void> => {
  const noStore = { 'cache-control': 'no-store' }
  if (pathname === APP_CLIENT_PATH) {
    res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', ...noStore }).end(clientScript)
    return
  }
  const relative = pathname.slice(FRESHDESK_APP_PREFIX.length - 1)
  if (relative === '/' || PAGE.test(relative)) {
    const page = relative === '/' ? '/index.html' : relative
    const html = await readFile(`${app.dir}${page}`, 'utf8').catch(() => null)
    if (html === null) {
      res
        .writeHead(404, { 'content-type': 'text/plain; charset=utf-8' })
        .end('The Freshdesk app is not built')
      return
    }
    res
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...noStore })
      .end(html.replaceAll('{{{appclient}}}', APP_CLIENT_PATH))
    return
  }
  await serveStatic(app.dir, relative, res)
}
