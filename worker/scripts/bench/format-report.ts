import { FREE_PLAN_LIMIT_BYTES, type WorkerBundle } from './bundle-worker.ts'
import type { LoadResult } from './run-load.ts'

/** Everything one bench run measured: the machine, the bundle and each section's figures. */
export type BenchReport = {
  command: string
  date: string
  machine: {
    cpus: number
    cpuModel: string
    memoryGiB: number
    node: string
    platform: string
    loadAverage: number
  }
  load: { concurrency: number; seconds: number; warmupSeconds: number }
  d1Storage: 'tmpfs' | 'disk'
  bundle: Omit<WorkerBundle, 'dir' | 'mainModule'>
  /** Section name → its figures. */
  sections: Record<string, unknown>
}

/** A number with a fixed count of decimals, or n/a. */
export const fixed = (value: number, digits = 1): string =>
  Number.isFinite(value) ? value.toFixed(digits) : 'n/a'

/** Bytes as kB (1000 bytes). */
export const kb = (bytes: number): string => `${fixed(bytes / 1000, 1)} kB`

/** A Markdown table. */
export const table = (head: string[], rows: string[][]): string =>
  [head, head.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n')

/** Endpoints under load, each beside the first row (the floor): throughput, latency, cost and CPU. */
export const workerTable = (results: LoadResult[], idle: LoadResult[]): string => {
  const floor = results[0]
  const idleP50 = (name: string): string => {
    const match = idle.find((r) => r.name === name)
    return match ? fixed(match.latencyMs.p50, 2) : '—'
  }
  return table(
    [
      'endpoint',
      'req/s',
      'p50 ms',
      'p95 ms',
      'p99 ms',
      'idle p50 ms',
      'cost × floor',
      'workerd CPU ms/req',
      'cores: workerd / client',
      'requests',
      'errors',
    ],
    results.map((r) => [
      r.name,
      fixed(r.rps, 0),
      fixed(r.latencyMs.p50, 2),
      fixed(r.latencyMs.p95, 2),
      fixed(r.latencyMs.p99, 2),
      idleP50(r.name),
      floor ? fixed(floor.rps / r.rps, 1) : 'n/a',
      r.serverCpuMsPerRequest === null ? 'n/a' : fixed(r.serverCpuMsPerRequest, 2),
      `${r.serverCores === null ? 'n/a' : fixed(r.serverCores, 2)} / ${fixed(r.clientCores, 2)}`,
      String(r.requests),
      String(r.errors),
    ]),
  )
}

/** The load results that failed (any error, or no request at all), as messages. */
export const loadFailures = (results: readonly LoadResult[]): string[] =>
  results
    .filter((r) => r.errors > 0 || r.requests === 0)
    .map((r) => `${r.name}: ${r.errors}/${r.requests} errors, first: ${r.firstError}`)

/** The report's head: machine, load and the Worker bundle. */
export const formatHeader = (report: BenchReport): string => {
  const { bundle, machine } = report
  return [
    `# Deskmate bench, ${report.date}`,
    `Command: ${report.command}`,
    `Machine: ${machine.cpus} × ${machine.cpuModel}, ${fixed(machine.memoryGiB, 0)} GiB, Node ${machine.node}, ${machine.platform}, ` +
      `load average ${fixed(machine.loadAverage, 2)} at the start`,
    machine.loadAverage > machine.cpus / 2
      ? `Warning: the machine was busy (load average ${fixed(machine.loadAverage, 2)} on ${machine.cpus} cores): ` +
        'throughput and latency are lower than on an idle machine; CPU per request and ratios to the floor ' +
        'are the steadier figures.'
      : '',
    '',
    `Worker bundle (wrangler deploy --dry-run): ${kb(bundle.rawBytes)} raw, ${kb(bundle.gzipBytes)} gzip ` +
      `(${fixed((100 * bundle.gzipBytes) / FREE_PLAN_LIMIT_BYTES, 1)} % of the free plan's 3 MB compressed limit); ` +
      `modules: ${bundle.modules.join(', ')}`,
    bundle.wranglerSummary ? `wrangler: ${bundle.wranglerSummary}` : '',
    `D1 storage: ${report.d1Storage}.`,
  ]
    .filter((line, i, all) => line !== '' || all[i - 1] !== '')
    .join('\n')
}
