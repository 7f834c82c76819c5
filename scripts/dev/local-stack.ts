import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { ChildProcess } from 'node:child_process'
import { startWorkspace } from '../../apps/workspace/src/server/index.ts'
import { devAllowedOrigins } from './dev-origins.ts'
import { REPO_ROOT, ensureDevSecrets, type DevSecrets } from './dev-secrets.ts'
import type { ZendeskSimulator } from '../../apps/workspace/src/zendesk/simulator/index.ts'
import { enableDemoFreshdeskReplies, startDemoFreshdesk } from './demo-freshdesk.ts'
import { registerDemoInstallation, startDemoSimulator } from './demo-simulator.ts'
import { prepareDatabase, seedDemoKb } from './seed-demo.ts'
import { spawnWrangler, waitForHttp } from './wrangler.ts'

/** Ports of the local stack (0 picks a free one for the workspace servers). */
export type StackPorts = {
  worker: number
  workspace: number
  app: number
  simulator: number
  freshdesk: number
}

/** Default ports of `npm start`. */
export const DEFAULT_PORTS: StackPorts = {
  worker: 8787,
  workspace: 8788,
  app: 8790,
  simulator: 8791,
  freshdesk: 8792,
}

/** Options of the local stack. */
export type LocalStackOptions = {
  /** Where local D1 and Queues persist (default `.wrangler/state` under worker/). */
  persistDir?: string
  ports?: Partial<StackPorts>
  /** Forward wrangler's output (default: quiet). */
  log?: (line: string) => void
  /** Extra `--var NAME:value` bindings for the Worker (e.g. ANTHROPIC_BASE_URL). */
  vars?: Record<string, string>
  /** Another wrangler config for `wrangler dev` (default worker/wrangler.jsonc), e.g. the soak's. */
  configPath?: string
}

/** A running local stack. */
export type LocalStack = {
  workerUrl: string
  workspaceUrl: string
  appUrl: string
  /** The simulated Zendesk (its API under `/{account}/api/v2`, controls under `/__sim`). */
  simulatorUrl: string
  /** The simulator itself (in this process), for tools that drive many accounts. */
  simulator: ZendeskSimulator
  /** The simulated Freshdesk (account "demo"; its API under `/demo/api/v2`, controls under `/__sim`). */
  freshdeskUrl: string
  /** A plain agent's own API key on the simulated Freshdesk (the admin's is secrets.freshdesk.apiToken). */
  freshdeskAgentApiKey: string
  secrets: DevSecrets
  kbArticles: number
  stopWorker(): Promise<void>
  stop(): Promise<void>
}

const stopChild = (child: ChildProcess): Promise<void> =>
  new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve()
    child.once('exit', () => resolve())
    child.kill('SIGTERM')
    setTimeout(() => child.kill('SIGKILL'), 5_000).unref()
  })

/**
 * Runs the product on this machine: migrations, demo tenants, `wrangler dev` (workerd, local D1 and Queues),
 * the demo KB, and the agent workspace hosting the built sidebar app.
 * @example const stack = await startLocalStack({ persistDir: tmp }); await stack.stop()
 */
export const startLocalStack = async (options: LocalStackOptions = {}): Promise<LocalStack> => {
  const ports = { ...DEFAULT_PORTS, ...options.ports }
  const log = options.log ?? (() => {})
  const persistDir = options.persistDir ?? join(REPO_ROOT, 'worker', '.wrangler', 'state')
  mkdirSync(persistDir, { recursive: true })
  const secrets = ensureDevSecrets()
  await prepareDatabase(secrets, persistDir, log)

  const workerUrl = `http://127.0.0.1:${ports.worker}`
  const simulator = await startDemoSimulator(secrets, workerUrl, ports.simulator)
  const freshdesk = await startDemoFreshdesk(secrets, workerUrl, ports.freshdesk)
  // The workspace streams drafts from localhost: the local Worker allows it, the production configuration does not.
  const vars = Object.entries({
    ZENDESK_API_BASE: simulator.apiBase,
    FRESHDESK_API_BASE: freshdesk.apiBase,
    ALLOWED_ORIGINS: devAllowedOrigins(),
    ...options.vars,
  }).flatMap(([k, v]) => ['--var', `${k}:${v}`])
  const worker = spawnWrangler(
    [
      'dev',
      ...(options.configPath ? ['--config', options.configPath] : []),
      '--ip',
      '127.0.0.1',
      '--port',
      String(ports.worker),
      '--persist-to',
      persistDir,
      ...vars,
    ],
    log,
  )
  try {
    await waitForHttp(`${workerUrl}/healthz`, 90_000)
  } catch (err) {
    await Promise.all([stopChild(worker), simulator.close(), freshdesk.close()])
    throw err
  }
  const kbArticles = await seedDemoKb(workerUrl, secrets)
  await registerDemoInstallation(workerUrl, secrets, simulator)
  await enableDemoFreshdeskReplies(workerUrl, secrets)
  const workspace = await startWorkspace({
    port: ports.workspace,
    appPort: ports.app,
    workerUrl,
    zendesk: {
      account: secrets.zendesk.account,
      sharedSecret: secrets.zendesk.sharedSecret,
      apiToken: secrets.zendesk.apiToken,
    },
    simulator: { url: simulator.url, account: secrets.zendesk.account },
    freshdesk: {
      simulator: { url: freshdesk.url, account: secrets.freshdesk.account, apiKey: freshdesk.apiKey },
      sharedSecret: secrets.freshdesk.sharedSecret,
    },
  })
  const stopWorker = (): Promise<void> => stopChild(worker)
  return {
    workerUrl,
    workspaceUrl: workspace.url,
    appUrl: workspace.appUrl,
    simulatorUrl: simulator.url,
    simulator,
    freshdeskUrl: freshdesk.url,
    freshdeskAgentApiKey: freshdesk.agentApiKey,
    secrets,
    kbArticles,
    stopWorker,
    async stop() {
      await Promise.all([workspace.close(), stopWorker(), simulator.close(), freshdesk.close()])
    },
  }
}
