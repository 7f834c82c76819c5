import { readFile } from 'node:fs/promises'
import type { ServerResponse } from 'node:http'
import { extname, join, normalize, sep } from 'node:path'

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
}

/** Serves one file below `root`; answers 404 for anything outside it or missing. */
export const serveStatic = async (root: string, pathname: string, res: ServerResponse): Promise<void> => {
  const relative = normalize(decodeURIComponent(pathname === '/' ? '/index.html' : pathname)).replace(
    /^[/\\]+/,
    '',
  )
  const path = join(root, relative)
  if (!path.startsWith(root + sep)) {
    res.writeHead(404).end()
    return
  }
  try {
    const body = await readFile(path)
    res.writeHead(200, {
      'content-type': CONTENT_TYPES[extname(path)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    })
    res.end(body)
  } catch {
    const hint =
      relative === 'index.html' ? 'The sidebar app is not built: run `npm run build:zendesk`.' : 'Not found'
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(hint)
  }
}
