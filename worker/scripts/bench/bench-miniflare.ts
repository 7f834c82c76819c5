import { dirname, join } from 'node:path'
import { Miniflare, convertV4MiniflareOptions } from 'miniflare'
import { devAllowedOrigins } from '../../../scripts/dev/dev-origins.ts'
import { unstable_readConfig } from 'wrangler'
import { BENCH_TENANT } from './bench-tenant.ts'
import { countedModules } from './counted-entry.ts'
import { WORKER_DIR } from './bench-inputs.ts'

/** What the bench reads from wrangler.jsonc. */
type WorkerConfig = {
  compatibility_date?: string
  compatibility_flags: string[]
  vars: Record<string, unknown>
  d1_databases: { binding: string }[]
  ratelimits?: { name: string; namespace_id: string; simple: { period?: 10 | 60 } }[]
  queues: {
    producers?: { binding: string; queue: string }[]
    consumers?: {
      queue: string
      max_batch_size?: number
      max_batch_timeout?: number
      max_retries?: number
      dead_letter_queue?: string
    }[]
  }
}

/** The Workers of one bench run: their URLs and the D1 database they share. */
export type BenchMiniflare = {
  mf: Miniflare
  /** The bundle as deployed, on workerd's own socket; its queue has no consumer (intake is measured alone). */
  directUrl: URL
  /** The same bundle behind a wrapper that counts D1 round trips, with the production queue and its consumer. */
  countedUrl: URL
  /** The counting wrapper again, with the queue nothing consumes (D1 round trips of the intake alone). */
  countedIntakeUrl: URL
  /** A Worker on the same D1 that answers after one indexed query: the cost of a D1 round trip. */
  d1ProbeUrl: URL
  /** Miniflare's entry URL (`mf.ready`), which routes through Miniflare's entry Worker. */
  entryUrl: URL
}

/** The queue the uncounted Worker sends to: nothing consumes it, so the intake is measured on its own. */
const INTAKE_ONLY_QUEUE = 'bench-intake-jobs'

const D1_PROBE_SCRIPT = `export default {
  async fetch(request, env) {
    const row = await env.DB.prepare('SELECT id FROM tenants WHERE id = ?1').bind('${BENCH_TENANT.id}').first()
    return new Response(row ? 'ok' : 'missing', { status: row ? 200 : 500 })
  },
}`

/**
 * Runs the bundled Worker (`scriptPath`, an `index.js` from `wrangler deploy --dry-run`) on workerd with the
 * bindings of wrangler.jsonc, listening on 127.0.0.1 only, with D1 and queues under `storageDir`.
 */
export const startBenchMiniflare = async (options: {
  scriptPath: string
  /** Every module of the bundle, relative to its folder (`index.js` first). */
  bundleModules: readonly string[]
  storageDir: string
  encryptionKey: string
  zendeskApiBase: string
  /** Overrides the consumers' max_batch_size of wrangler.jsonc. */
  consumerBatchSize?: number
}): Promise<BenchMiniflare> => {
  const config: WorkerConfig = unstable_readConfig(
    { config: join(WORKER_DIR, 'wrangler.jsonc') },
    { hideWarnings: true },
  )
  if (!config.compatibility_date) throw new Error('wrangler.jsonc has no compatibility_date')
  const bundleDir = dirname(options.scriptPath)
  const stringVars = Object.entries(config.vars).filter(
    (entry): entry is [string, string] => typeof entry[1] === 'string',
  )
  const d1Databases = Object.fromEntries(config.d1_databases.map((d1) => [d1.binding, `bench-${d1.binding}`]))
  const producers = config.queues.producers ?? []
  const direct = [{ host: '127.0.0.1', port: 0 }]
  const worker = {
    modules: true,
    modulesRoot: bundleDir,
    compatibilityDate: config.compatibility_date,
    compatibilityFlags: config.compatibility_flags,
    d1Databases,
    // Under load the bench sends thousands of requests a minute for one tenant: the limiters are called as in
    // production, with limits the bench cannot reach.
    ratelimits: Object.fromEntries(
      (config.ratelimits ?? []).map((r) => [
        r.name,
        { namespace_id: r.namespace_id, simple: { limit: 1e9, period: r.simple.period ?? 60 } },
      ]),
    ),
    // The local engine only: no Anthropic key, so no request leaves the machine.
    bindings: {
      ...Object.fromEntries(stringVars),
      // The first-insights run drives the workspace on localhost, which the production list refuses.
      ALLOWED_ORIGINS: devAllowedOrigins(),
      ANTHROPIC_BASE_URL: '',
      ENCRYPTION_KEY: options.encryptionKey,
      ANTHROPIC_API_KEY: '',
      ZENDESK_API_BASE: options.zendeskApiBase,
    },
  }
  const mfOptions = convertV4MiniflareOptions({
    host: '127.0.0.1',
    port: 0,
    // Opt-in: BENCH_INSPECTOR_PORT opens workerd's inspector there (CPU profiles of a bench run).
    ...(process.env.BENCH_INSPECTOR_PORT ? { inspectorPort: Number(process.env.BENCH_INSPECTOR_PORT) } : {}),
    // The Worker logs one line per request (as in production); the bench keeps only warnings and errors.
    handleStructuredLogs: ({ level, message }) => {
      if (level === 'warn' || level === 'error') process.stderr.write(`[worker] ${message}\n`)
    },
    workers: [
      {
        ...worker,
        name: 'deskmate',
        unsafeDirectSockets: direct,
        scriptPath: options.scriptPath,
        queueProducers: Object.fromEntries(
          producers.map((q) => [q.binding, { queueName: INTAKE_ONLY_QUEUE }]),
        ),
      },
      {
        ...worker,
        name: 'deskmate-counted',
        unsafeDirectSockets: direct,
        modules: countedModules(bundleDir, options.bundleModules),
        queueProducers: Object.fromEntries(producers.map((q) => [q.binding, { queueName: q.queue }])),
        queueConsumers: Object.fromEntries(
          (config.queues.consumers ?? []).map((c) => [
            c.queue,
            {
              maxBatchSize: options.consumerBatchSize ?? c.max_batch_size,
              maxBatchTimeout: c.max_batch_timeout,
              maxRetries: c.max_retries,
              deadLetterQueue: c.dead_letter_queue,
            },
          ]),
        ),
      },
      {
        ...worker,
        name: 'deskmate-counted-intake',
        unsafeDirectSockets: direct,
        modules: countedModules(bundleDir, options.bundleModules),
        queueProducers: Object.fromEntries(
          producers.map((q) => [q.binding, { queueName: INTAKE_ONLY_QUEUE }]),
        ),
      },
      {
        name: 'd1-probe',
        unsafeDirectSockets: direct,
        modules: true,
        script: D1_PROBE_SCRIPT,
        compatibilityDate: config.compatibility_date,
        d1Databases,
      },
    ],
  })
  const storage = { resourceTmpPath: options.storageDir, resourcePersistencePath: options.storageDir }
  const mf = new Miniflare({ ...mfOptions, ...storage })
  try {
    return {
      mf,
      entryUrl: await mf.ready,
      directUrl: await mf.unsafeGetDirectURL('deskmate'),
      countedUrl: await mf.unsafeGetDirectURL('deskmate-counted'),
      countedIntakeUrl: await mf.unsafeGetDirectURL('deskmate-counted-intake'),
      d1ProbeUrl: await mf.unsafeGetDirectURL('d1-probe'),
    }
  } catch (err) {
    await mf.dispose()
    throw err
  }
}
