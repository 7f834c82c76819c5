import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir, totalmem } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { startZendeskSimulator } from '../../apps/workspace/src/zendesk/simulator/index.ts'
import { REPO_ROOT } from './bench/bench-inputs.ts'
import type { BenchContext } from './bench/bench-section.ts'
import { bundleWorker } from './bench/bundle-worker.ts'
import { formatHeader, type BenchReport } from './bench/format-report.ts'
import { SECTIONS } from './bench/sections.ts'
import { startBenchWorker } from './bench/start-bench-worker.ts'
import { createWorkerdCpuMeter } from './bench/workerd-cpu.ts'

const SHM = '/dev/shm'

// npm run bench [-- --only intake,consumer --seconds 4 --concurrency 16 --jobs 1500 --consumer-batch 10
//   --kb-sizes 1000,10000,100000 --out dist/bench/results.json --no-browser --d1-on-disk]
const { values: args } = parseArgs({
  options: {
    only: { type: 'string' },
    seconds: { type: 'string', default: '4' },
    warmup: { type: 'string', default: '1' },
    concurrency: { type: 'string', default: '16' },
    jobs: { type: 'string', default: '1500' },
    // The queue consumer's batch size for this run (default: wrangler.jsonc's max_batch_size).
    'consumer-batch': { type: 'string' },
    // Knowledge-base sizes of the `kb` section (a 100k-article build takes minutes).
    'kb-sizes': { type: 'string', default: '1000,10000,100000' },
    'insights-runs': { type: 'string', default: '5' },
    out: { type: 'string', default: join('dist', 'bench', 'results.json') },
    'no-browser': { type: 'boolean', default: false },
    // D1 on tmpfs by default: on disk, writing D1's SQLite files adds milliseconds to every query on this machine.
    'd1-on-disk': { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
})

const positive = (name: string, value: string | undefined): number => {
  const parsed = Number(value)
  if (!Number.isFinite(parsed) || parsed <= 0) throw new Error(`--${name} must be a positive number`)
  return parsed
}

const kbSizes = (): number[] => {
  const sizes = (args['kb-sizes'] ?? '').split(',').map((size) => Number(size))
  if (sizes.length === 0 || sizes.some((size) => !Number.isInteger(size) || size < 100))
    throw new Error('--kb-sizes must list article counts of at least 100, e.g. 1000,10000')
  return sizes.sort((a, b) => a - b)
}

const log = (message: string): void => {
  process.stderr.write(`[bench] ${message}\n`)
}

const selectedSections = () => {
  if (!args.only) return SECTIONS
  const names = args.only.split(',').map((name) => name.trim())
  const unknown = names.filter((name) => !SECTIONS.some((s) => s.name === name))
  if (unknown.length > 0)
    throw new Error(
      `Unknown section ${unknown.join(', ')}; sections: ${SECTIONS.map((s) => s.name).join(', ')}`,
    )
  return SECTIONS.filter((s) => names.includes(s.name))
}

// Temporary folders go on exit, synchronously: Miniflare's own signal handling may end the process first.
const tempDirs: string[] = []
const removeTempDirs = (): void => {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true })
}
process.on('exit', removeTempDirs)
const makeTempDir = (parent: string): string => {
  const dir = mkdtempSync(join(parent, 'deskmate-bench-'))
  tempDirs.push(dir)
  return dir
}

const disposers: Array<() => Promise<void>> = []
const cleanUp = async (): Promise<void> => {
  for (const dispose of disposers.splice(0).reverse()) await dispose().catch(() => {})
  removeTempDirs()
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void cleanUp().finally(() => process.exit(130)))
}

const main = async (): Promise<number> => {
  if (args.help) {
    process.stdout.write(
      `Sections (--only a,b):\n${SECTIONS.map((s) => `  ${s.name}: ${s.summary}`).join('\n')}\n`,
    )
    return 0
  }
  const sections = selectedSections()
  const startLoad = loadavg()[0] ?? 0
  const seconds = positive('seconds', args.seconds)
  const warmup = positive('warmup', args.warmup)
  const concurrency = Math.round(positive('concurrency', args.concurrency))
  const tmp = makeTempDir(tmpdir())
  const consumerBatch = args['consumer-batch']
    ? Math.round(positive('consumer-batch', args['consumer-batch']))
    : null

  log('bundling the Worker (wrangler deploy --dry-run)')
  const bundle = await bundleWorker(join(tmp, 'bundle'))
  const onTmpfs = !args['d1-on-disk'] && existsSync(SHM)
  const storageDir = onTmpfs ? makeTempDir(SHM) : join(tmp, 'storage')
  const simulator = await startZendeskSimulator({ account: 'bench-sim' })
  disposers.push(() => simulator.close())
  log(`starting workerd through Miniflare (D1 ${onTmpfs ? 'on tmpfs' : 'on disk'})`)
  const worker = await startBenchWorker({
    scriptPath: join(bundle.dir, bundle.mainModule),
    bundleModules: bundle.modules,
    storageDir,
    zendeskApiBase: simulator.apiBase,
    ...(consumerBatch === null ? {} : { consumerBatchSize: consumerBatch }),
  })
  disposers.push(() => worker.dispose())
  log(`worker on ${worker.directUrl.origin}, ${worker.kbArticles} KB articles loaded`)

  const ctx: BenchContext = {
    worker,
    simulator,
    load: {
      serverCpu: createWorkerdCpuMeter(),
      concurrency,
      durationMs: seconds * 1000,
      warmupMs: warmup * 1000,
      maxRequests: 500_000,
      timeoutMs: 15_000,
    },
    args: {
      jobs: Math.round(positive('jobs', args.jobs)),
      insightsRuns: Math.round(positive('insights-runs', args['insights-runs'])),
      noBrowser: args['no-browser'],
      consumerBatch,
      kbSizes: kbSizes(),
    },
    log,
  }
  const markdown: string[] = []
  const failures: string[] = []
  const results: Record<string, unknown> = {}
  for (const section of sections) {
    log(`section ${section.name}`)
    // A section that throws fails the run but keeps the figures of the others.
    const result = await section.run(ctx).catch((err: unknown) => ({
      markdown: `## ${section.name}: failed`,
      json: null,
      failures: [err instanceof Error ? (err.stack ?? err.message) : String(err)],
    }))
    markdown.push(result.markdown)
    results[section.name] = result.json
    failures.push(...result.failures.map((f) => `${section.name}: ${f}`))
  }

  const report: BenchReport = {
    command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
    date: new Date().toISOString(),
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
      memoryGiB: totalmem() / 2 ** 30,
      node: process.versions.node,
      platform: `${process.platform} ${process.arch}`,
      // Other work on the machine skews every figure; the 1-minute load average at the start says how much.
      loadAverage: startLoad,
    },
    load: { concurrency, seconds, warmupSeconds: warmup },
    d1Storage: onTmpfs ? 'tmpfs' : 'disk',
    bundle: {
      modules: bundle.modules,
      rawBytes: bundle.rawBytes,
      gzipBytes: bundle.gzipBytes,
      wranglerSummary: bundle.wranglerSummary,
    },
    sections: results,
  }
  const outPath = join(REPO_ROOT, args.out)
  mkdirSync(join(outPath, '..'), { recursive: true })
  writeFileSync(outPath, `${JSON.stringify(report, null, 2)}\n`)
  process.stdout.write(`${[formatHeader(report), ...markdown].join('\n\n')}\n\nJSON: ${outPath}\n`)
  for (const failure of failures) log(`FAILED ${failure}`)
  return failures.length > 0 ? 1 : 0
}

main()
  .then(async (code) => {
    await cleanUp()
    process.exit(code)
  })
  .catch(async (err: unknown) => {
    log(`failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`)
    await cleanUp()
    process.exit(1)
  })
