import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { fileURLToPath } from 'node:url'
import { toWorkspaceTicket, type DemoTicket } from '../zendesk/host/demo-ticket.ts'
import type { ZafRequestOptions } from '../zendesk/host/zaf-request.ts'
import { buildPage } from './build-page.ts'
import { loadInstallation } from './load-installation.ts'
import { loadTickets } from './load-tickets.ts'
import { proxyRequest } from './proxy-request.ts'
import { rebaseTickets } from './rebase-tickets.ts'
import { serveStatic } from './serve-static.ts'
import { simulatorTicketRoute } from './simulator-tickets.ts'
import { buildConsolePage } from './console-page.ts'
import { startFreshdeskHost, type FreshdeskHostOptions } from '../freshdesk/host/start-freshdesk-host.ts'

const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url))
const MAX_PROXY_BODY_BYTES = 1_000_000

export type WorkspaceOptions = {
  /** Port of the workspace page on localhost (0 picks a free one). */
  port?: number
  /** Port of the app's own origin on 127.0.0.1 (0 picks a free one). */
  appPort?: number
  /** Base URL of the Deskmate Worker, installed as the `backend_url` setting. */
  workerUrl: string
  zendesk: { account: string; sharedSecret: string; apiToken?: string }
  /** Demo tickets; defaults to `worker/demo/tickets.json`. */
  tickets?: DemoTicket[]
  /** Folder of the built sidebar app; defaults to `dist/zendesk/assets`. */
  appDir?: string
  /** Setting values other than backend_url / shared_secret / api_token (a parameter added to the manifest). */
  settings?: Record<string, string>
  /** The Zendesk simulator behind "New ticket" (tickets created there fire its trigger's webhook). */
  simulator?: { url: string; account: string }
  /** The Freshdesk view (`?helpdesk=freshdesk`): the simulated account and the installation's secret. */
  freshdesk?: FreshdeskHostOptions
}

export type Workspace = { url: string; appUrl: string; close(): Promise<void> }

const listen = (server: Server, port: number): Promise<number> =>
  new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolve((server.address() as AddressInfo).port))
  })

const closeServer = (server: Server): Promise<void> =>
  new Promise((resolve) => {
    server.closeAllConnections()
    server.close(() => resolve())
  })

const readBody = async (req: IncomingMessage): Promise<string> => {
  let size = 0
  const chunks: Buffer[] = []
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > MAX_PROXY_BODY_BYTES) throw new Error('Request body too large')
    chunks.push(chunk)
  }
  return Buffer.concat(chunks).toString('utf8')
}

const sendJson = (res: ServerResponse, status: number, body: unknown): void => {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' })
  res.end(JSON.stringify(body))
}

/** Starts the local agent workspace (ticket view) and the app's separate origin; secrets stay server-side. */
export const startWorkspace = async (options: WorkspaceOptions): Promise<Workspace> => {
  const appDir = options.appDir ?? `${REPO_ROOT}dist/zendesk/assets`
  const demoTickets = options.tickets ?? (await loadTickets(`${REPO_ROOT}worker/demo/tickets.json`))
  const tickets = rebaseTickets(demoTickets.map(toWorkspaceTicket), new Date())
  const workerHost = new URL(options.workerUrl).hostname
  const loaded = await loadInstallation(
    `${REPO_ROOT}manifest/zendesk/manifest.json`,
    {
      ...options.settings,
      backend_url: options.workerUrl.replace(/\/+$/, ''),
      shared_secret: options.zendesk.sharedSecret,
      api_token: options.zendesk.apiToken ?? '',
    },
    [workerHost],
  )
  const page = await buildPage()

  let freshdesk: Awaited<ReturnType<typeof startFreshdeskHost>> | undefined
  const appServer = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://app')
    if (freshdesk?.servesApp(pathname)) void freshdesk.serveApp(pathname, res)
    else void serveStatic(appDir, pathname, res)
  })
  const appPort = await listen(appServer, options.appPort ?? 0)
  const appOrigin = `http://127.0.0.1:${appPort}`
  if (options.freshdesk) {
    const context = { repoRoot: REPO_ROOT, workerUrl: options.workerUrl, appOrigin }
    freshdesk = await startFreshdeskHost(options.freshdesk, context).catch(async (error: unknown) => {
      await closeServer(appServer)
      throw error
    })
  }

  let pagePort = 0
  const isPageOrigin = (origin: string | undefined) =>
    origin === `http://localhost:${pagePort}` || origin === `http://127.0.0.1:${pagePort}`
  const state = {
    account: options.zendesk.account,
    appOrigin,
    app: {
      appId: 1_000_001,
      installationId: 2_000_001,
      name: loaded.appName,
      version: loaded.appVersion,
      settings: loaded.publicSettings,
    },
    tickets,
    canCreateTickets: Boolean(options.simulator),
  }

  const handlePage = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const { pathname } = new URL(req.url ?? '/', 'http://page')
    if (req.method === 'GET' && pathname === '/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page.html)
    } else if (req.method === 'GET' && pathname === '/workspace.js') {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(page.script)
    } else if (req.method === 'GET' && pathname === '/workspace.css') {
      res.writeHead(200, { 'content-type': 'text/css; charset=utf-8' }).end(page.css)
    } else if (req.method === 'GET' && pathname === '/favicon.ico') {
      res.writeHead(204).end()
    } else if (options.simulator && req.method === 'GET' && pathname === '/__workspace/console') {
      const html = await buildConsolePage(options.simulator, options.workerUrl)
      res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' })
        .end(html)
    } else if (req.method === 'GET' && pathname === '/__workspace/state') {
      sendJson(res, 200, state)
    } else if (options.simulator && pathname.startsWith('/__workspace/tickets')) {
      if (!isPageOrigin(req.headers.origin) && req.method !== 'GET')
        return sendJson(res, 403, { error: 'Forbidden origin' })
      const body = req.method === 'POST' ? (JSON.parse(await readBody(req)) as unknown) : undefined
      const answer = await simulatorTicketRoute(options.simulator, req.method ?? 'GET', pathname, body)
      sendJson(res, answer.status, answer.body)
    } else if (freshdesk && req.method === 'GET' && pathname === '/__workspace/freshdesk/state') {
      sendJson(res, 200, freshdesk.state)
    } else if (freshdesk && pathname.startsWith('/__workspace/freshdesk/')) {
      // Only the ticket view may write or run templates: the app frame (another origin) goes through its client.
      if (!isPageOrigin(req.headers.origin) && req.method !== 'GET')
        return sendJson(res, 403, { error: 'Forbidden origin' })
      const body = req.method === 'POST' ? (JSON.parse(await readBody(req)) as unknown) : undefined
      const answer = await freshdesk.route(req.method ?? 'GET', pathname, body)
      sendJson(res, answer.status, answer.body)
    } else if (req.method === 'POST' && pathname === '/__workspace/zaf-request') {
      // Only the ticket view may use the proxy: the app frame (another origin) must go through ZAF.
      if (!isPageOrigin(req.headers.origin)) return sendJson(res, 403, { error: 'Forbidden origin' })
      const body = JSON.parse(await readBody(req)) as { options?: ZafRequestOptions }
      if (!body.options || typeof body.options.url !== 'string')
        return sendJson(res, 400, { error: 'Expected {"options": {"url": ...}}' })
      sendJson(res, 200, await proxyRequest(body.options, { installation: loaded.installation }))
    } else {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found')
    }
  }

  const pageServer = createServer((req, res) => {
    handlePage(req, res).catch((error: unknown) => {
      if (!res.headersSent)
        sendJson(res, 400, { error: error instanceof Error ? error.message : 'Bad request' })
    })
  })
  pagePort = await listen(pageServer, options.port ?? 0)

  return {
    url: `http://localhost:${pagePort}`,
    appUrl: appOrigin,
    close: async () => {
      await Promise.all([closeServer(pageServer), closeServer(appServer)])
    },
  }
}
