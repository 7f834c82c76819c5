import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir, totalmem } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import {
  BENCH_TENANT,
  BENCH_TENANT_RECORD,
  startBenchWorker,
  type BenchWorker,
} from './bench/start-bench-worker.ts'
import { REPO_ROOT, loadBenchTickets } from './bench/bench-inputs.ts'
import { bundleWorker } from './bench/bundle-worker.ts'
import { formatKbScale } from './bench/format-kb-scale.ts'
import { formatReport, type BenchReport } from './bench/format-report.ts'
import { measureEngineCpu } from './bench/measure-engine-cpu.ts'
import { measureFirstInsights } from './bench/measure-first-insights.ts'
import { measureHostileCpu } from './bench/measure-hostile-cpu.ts'
import { measureKbScale, type KbScale } from './bench/measure-kb-scale.ts'
import { measureSidebarSize } from './bench/measure-sidebar-size.ts'
import { runLoad, type LoadOptions, type LoadResult } from './bench/run-load.ts'
import { createWorkerdCpuMeter } from './bench/workerd-cpu.ts'
import { d1ProbeTarget, workerTargets } from './bench/worker-targets.ts'

const SHM = '/dev/shm'

// npm run bench [-- --seconds 4 --concurrency 16 --out dist/bench/results.json --no-browser --d1-on-disk]
//                [--only kb] [--kb-sizes 1000,10000,100000]
const { values: args } = parseArgs({
  options: {
    seconds: { type: 'string', default: '4' },
    warmup: { type: 'string', default: '1' },
    concurrency: { type: 'string', default: '16' },
    'insights-runs': { type: 'string', default: '5' },
    out: { type: 'string', default: join('dist', 'bench', 'results.json') },
    'no-browser': { type: 'boolean', default: false },
    // D1 on tmpfs by default: on disk, writing D1's SQLite files adds milliseconds to every query on this machine.
    'd1-on-disk': { type: 'boolean', default: false },
    // `--only kb` runs the knowledge-base scale bench alone (a 100k-article build takes minutes).
    only: { type: 'string' },
    'kb-sizes': { type: 'string', default: '1000,10000,100000' },
  },
})

const kbSizes = (): number[] => {
  const sizes = (args['kb-sizes'] ?? '').split(',').map((size) => Number(size))
  if (sizes.length === 0 || sizes.some((size) => !Number.isInteger(size) || size < 100))
    throw new Error('--kb-sizes must list article counts of at least 100, e.g. 1000,10000')
  return sizes.sort((a, b) => a - b)
}

const positive = (name: string, value: string | undefined): number => {
  const parsed = Number(value)
  if (!Number.isFinite(parsed) || parsed <= 0) throw new Error(`--${name} must be a positive number`)
  return parsed
}

const log = (message: string): void => {
  process.stderr.write(`[bench] ${message}\n`)
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

let disposeWorker: (() => Promise<void>) | null = null
const cleanUp = async (): Promise<void> => {
  const dispose = disposeWorker
  disposeWorker = null
  await dispose?.().catch(() => {})
  removeTempDirs()
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void cleanUp().finally(() => process.exit(130)))
}

/** Each endpoint under load, then alone (one client: the latency an agent sees on an idle Worker). */
const loadWorker = async (worker: BenchWorker, options: Omit<LoadOptions, 'baseUrl'>) => {
  const idle = { ...options, concurrency: 1, warmupMs: 300, durationMs: Math.min(options.durationMs, 2_000) }
  const results: LoadResult[] = []
  const idleResults: LoadResult[] = []
  for (const target of workerTargets(loadBenchTickets(), worker.token)) {
    log(`loading ${target.name}`)
    results.push(await runLoad(target, { ...options, baseUrl: worker.directUrl }))
    idleResults.push(await runLoad(target, { ...idle, baseUrl: worker.directUrl }))
  }
  const floor = workerTargets([], worker.token)[0]
  log("loading the floor through Miniflare's entry Worker")
  const viaEntry = floor ? await runLoad(floor, { ...options, baseUrl: worker.entryUrl }) : null
  log('loading the D1 probe')
  const d1Probe = await runLoad(d1ProbeTarget, { ...options, baseUrl: worker.d1ProbeUrl })
  idleResults.push(await runLoad(d1ProbeTarget, { ...idle, baseUrl: worker.d1ProbeUrl }))
  return { results, idleResults, viaEntry, d1Probe }
}

const main = async (): Promise<number> => {
  const startLoad = loadavg()[0] ?? 0
  const seconds = positive('seconds', args.seconds)
  const warmup = positive('warmup', args.warmup)
  const concurrency = Math.round(positive('concurrency', args.concurrency))
  const tmp = makeTempDir(tmpdir())

  log('bundling the Worker (wrangler deploy --dry-run)')
  const bundle = await bundleWorker(join(tmp, 'bundle'))
  const onTmpfs = !args['d1-on-disk'] && existsSync(SHM)
  const storageDir = onTmpfs ? makeTempDir(SHM) : join(tmp, 'storage')
  log(`starting workerd through Miniflare (D1 ${onTmpfs ? 'on tmpfs' : 'on disk'})`)
  const worker = await startBenchWorker(join(bundle.dir, bundle.mainModule), storageDir)
  disposeWorker = () => worker.dispose()
  log(`worker on ${worker.directUrl.origin}, ${worker.kbArticles} KB articles loaded`)
  const runKbScale = (): Promise<KbScale> =>
    measureKbScale(worker, { sizes: kbSizes(), seconds: Math.min(seconds, 3), log })
  if (args.only !== undefined) {
    if (args.only !== 'kb') throw new Error(`--only takes "kb", not "${args.only}"`)
    const kbScale = await runKbScale()
    const outPath = join(REPO_ROOT, 'dist', 'bench', 'kb-scale.json')
    mkdirSync(join(outPath, '..'), { recursive: true })
    const command = `npm run bench -- ${process.argv.slice(2).join(' ')}`
    writeFileSync(
      outPath,
      `${JSON.stringify({ command, date: new Date().toISOString(), loadAverage: startLoad, kbScale }, null, 2)}\n`,
    )
    process.stdout.write(
      `${formatKbScale(kbScale)}\n\nload average at the start: ${startLoad.toFixed(2)}\nJSON: ${outPath}\n`,
    )
    return [...kbScale.rows.flatMap((row) => [row.suggest, row.floor])].some((r) => r.errors > 0) ? 1 : 0
  }

  const serverCpu = createWorkerdCpuMeter()
  const load = {
    serverCpu,
    concurrency,
    durationMs: seconds * 1000,
    warmupMs: warmup * 1000,
    maxRequests: 500_000,
    timeoutMs: 15_000,
  }
  const { results, idleResults, viaEntry, d1Probe } = await loadWorker(worker, load)

  log('timing the local engine in Node')
  const engine = await measureEngineCpu(worker.db, BENCH_TENANT_RECORD, loadBenchTickets(), {
    warmupPasses: 5,
    measureMs: 8_000,
    maxPasses: 500,
    livePasses: 2,
  })

  log('timing hostile inputs in Node')
  const hostile = await measureHostileCpu(worker.db, BENCH_TENANT_RECORD, loadBenchTickets(), 7)

  log('measuring the sidebar bundle')
  const sidebar = measureSidebarSize()
  log('timing first insights in the workspace')
  const firstInsights = args['no-browser']
    ? ({ measured: false, reason: 'skipped (--no-browser)' } as const)
    : await measureFirstInsights(
        {
          workerUrl: worker.directUrl.origin,
          account: BENCH_TENANT.account,
          sharedSecret: worker.sharedSecret,
          ticketId: '101',
        },
        Math.round(positive('insights-runs', args['insights-runs'])),
      )

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
    worker: results,
    workerIdle: idleResults,
    workerViaEntry: viaEntry,
    d1Probe,
    engine,
    hostile,
    sidebar,
    firstInsights,
  }
  log('measuring the knowledge base at scale')
  const kbScale = await runKbScale()
  const outPath = join(REPO_ROOT, args.out)
  mkdirSync(join(outPath, '..'), { recursive: true })
  writeFileSync(outPath, `${JSON.stringify({ ...report, kbScale }, null, 2)}\n`)
  process.stdout.write(`${formatReport(report)}\n\n${formatKbScale(kbScale)}\n\nJSON: ${outPath}\n`)

  const failed = [...results, ...idleResults, d1Probe, ...(viaEntry ? [viaEntry] : [])].filter(
    (r) => r.errors > 0 || r.requests === 0,
  )
  for (const r of failed) log(`FAILED ${r.name}: ${r.errors}/${r.requests} errors, first: ${r.firstError}`)
  return failed.length > 0 ? 1 : 0
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
