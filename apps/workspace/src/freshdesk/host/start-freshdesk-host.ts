import type { ServerResponse } from 'node:http'
import type { FreshdeskInstallation } from './build-template-request.ts'
import { freshdeskRoute, type FreshdeskSimulatorLink } from './freshdesk-routes.ts'
import { invokeTemplate } from './invoke-template.ts'
import { loadFreshdeskInstallation } from './load-freshdesk-installation.ts'
import {
  buildAppClient,
  findFreshdeskApp,
  FRESHDESK_APP_PREFIX,
  serveFreshdeskApp,
} from './serve-freshdesk-app.ts'
import type { FreshdeskAgent } from './ticket-data.ts'

/** The workspace's Freshdesk: the simulated account, the tenant's shared secret and, optionally, the app. */
export type FreshdeskHostOptions = {
  simulator: FreshdeskSimulatorLink
  sharedSecret: string
  /** The app folder to host (default: `dist/freshdesk-app`, else the packaged connection check). */
  appDir?: string
}

/** What the ticket view reads at start (no secure iparam: those stay in the workspace server). */
export type FreshdeskPageState = {
  domain: string
  appUrl: string
  isAppBuild: boolean
  iparams: Record<string, string>
  agent: FreshdeskAgent
}

const INSTALLATION_ID = '3000001'
// The simulated account's admin, who owns the API key (apps/workspace/src/freshdesk/simulator/accounts.ts).
const AGENT: FreshdeskAgent = { id: 900, name: 'Alex Admin', email: 'admin@demo.example' }

/** Registers the installation with the Worker through its `registerInstallation` template, as an admin's would. */
const register = async (installation: FreshdeskInstallation): Promise<void> => {
  const body = JSON.stringify({ credentials: { helpdesk: 'freshdesk' }, installationId: INSTALLATION_ID })
  const answer = await invokeTemplate(installation, 'registerInstallation', { body })
  if (!answer.ok)
    throw new Error(
      `Registering the Freshdesk installation failed: HTTP ${answer.error.status} ${answer.error.response}`,
    )
}

/**
 * Installs the Freshdesk app in the workspace (iparams from the manifest's config, the Worker as backend host),
 * registers it with the Worker, and returns the page state and the handlers of its routes.
 */
export const startFreshdeskHost = async (
  options: FreshdeskHostOptions,
  context: { repoRoot: string; workerUrl: string; appOrigin: string },
) => {
  const domain = `${options.simulator.account}.freshdesk.com`
  const { installation, publicIparams } = await loadFreshdeskInstallation(
    `${context.repoRoot}manifest/freshdesk/config`,
    {
      backend_host: new URL(context.workerUrl).host,
      freshdesk_domain: domain,
      shared_secret: options.sharedSecret,
      api_key: options.simulator.apiKey,
    },
  )
  await register(installation)
  const app = findFreshdeskApp(context.repoRoot, options.appDir)
  const clientScript = await buildAppClient()
  const state: FreshdeskPageState = {
    domain,
    appUrl: `${context.appOrigin}${FRESHDESK_APP_PREFIX}index.html`,
    isAppBuild: app.isBuild,
    iparams: publicIparams,
    agent: AGENT,
  }
  return {
    state,
    /** True when the app origin's request is the Freshdesk app's or its client's. */
    servesApp: (pathname: string) =>
      pathname.startsWith(FRESHDESK_APP_PREFIX) || pathname.startsWith('/__freshdesk/'),
    serveApp: (pathname: string, res: ServerResponse) => serveFreshdeskApp(app, clientScript, pathname, res),
    route: (method: string, pathname: string, body: unknown) =>
      freshdeskRoute(options.simulator, installation, method, pathname, body),
  }
}
