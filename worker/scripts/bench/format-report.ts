import type { WorkerBundle } from './bundle-worker.ts'
import { FREE_PLAN_LIMIT_BYTES } from './bundle-worker.ts'
import type { EngineCpu } from './measure-engine-cpu.ts'
import type { FirstInsights } from './measure-first-insights.ts'
import { formatHostile } from './format-hostile.ts'
import type { HostileCpu } from './measure-hostile-cpu.ts'
import { SIDEBAR_BUDGET_BYTES, type SidebarSize } from './measure-sidebar-size.ts'
import type { LoadResult } from './run-load.ts'

/** Everything one bench run measured. */
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
  bundle: Omit<WorkerBundle, 'dir' | 'mainModule'>
  worker: LoadResult[]
  /** The same endpoints with one client. */
  workerIdle: LoadResult[]
  workerViaEntry: LoadResult | null
  d1Storage: 'tmpfs' | 'disk'
  d1Probe: LoadResult
  engine: EngineCpu | null
  /** CPU of the code that reads customer text on hostile input (long blank runs, `a@a@…`, `<<<<`, …). */
  hostile: HostileCpu | null
  sidebar: SidebarSize
  firstInsights: FirstInsights
}

const fixed = (value: number, digits = 1): string => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a')
const kb = (bytes: number): string => `${fixed(bytes / 1000, 1)} kB`
const table = (head: string[], rows: string[][]): string =>
  [head, head.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n')

const workerTable = (results: LoadResult[], idle: LoadResult[]): string => {
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

const engineTable = (engine: EngineCpu): string =>
  table(
    [
      'operation (per ticket)',
      'CPU mean µs',
      'CPU p50 µs',
      'CPU p95 µs',
      'wall p50 µs',
      'with D1 from Node: p50 ms',
    ],
    engine.ops.map((op) => [
      op.name,
      fixed(op.cpuUs.mean, 0),
      fixed(op.cpuUs.p50, 0),
      fixed(op.cpuUs.p95, 0),
      fixed(op.wallUs.p50, 0),
      fixed(op.withD1Ms.p50, 2),
    ]),
  )

const sidebarLine = (sidebar: SidebarSize): string =>
  sidebar.measured
    ? `Sidebar initial JS+CSS: ${kb(sidebar.initialGzipBytes)} gzip (${kb(sidebar.initialRawBytes)} raw; ` +
      `budget ${kb(SIDEBAR_BUDGET_BYTES)}: ${sidebar.initialGzipBytes <= SIDEBAR_BUDGET_BYTES ? 'within' : 'OVER'}); ` +
      `all assets ${kb(sidebar.allGzipBytes)} gzip; files: ${sidebar.initialFiles.join(', ')}`
    : `Sidebar bundle: not measured (${sidebar.reason})`

const insightsLine = (first: FirstInsights): string =>
  first.measured
    ? `First insights in the workspace (ticket ${first.ticketId}, ${first.runs} runs, fresh browser context each): ` +
      `iframe navigation → insights median ${fixed(first.fromIframeMs.p50, 0)} ms ` +
      `(max ${fixed(first.fromIframeMs.max, 0)}); page navigation → insights median ${fixed(first.fromPageMs.p50, 0)} ms ` +
      `(max ${fixed(first.fromPageMs.max, 0)})`
    : `First insights in the workspace: not measured (${first.reason})`

/** The human-readable report (Markdown tables, readable in a terminal too). */
export const formatReport = (report: BenchReport): string => {
  const { bundle, machine } = report
  const lines = [
    `# Deskmate bench, ${report.date}`,
    `Machine: ${machine.cpus} × ${machine.cpuModel}, ${fixed(machine.memoryGiB, 0)} GiB, Node ${machine.node}, ${machine.platform}, ` +
      `load average ${fixed(machine.loadAverage, 2)} at the start`,
    machine.loadAverage > machine.cpus / 2
      ? `Warning: the machine was busy (load average ${fixed(machine.loadAverage, 2)} on ${machine.cpus} cores): ` +
        'throughput and latency are lower than on an idle machine; CPU per request is the steadier figure.'
      : '',
    '',
    `Worker bundle (wrangler deploy --dry-run): ${kb(bundle.rawBytes)} raw, ${kb(bundle.gzipBytes)} gzip ` +
      `(${fixed((100 * bundle.gzipBytes) / FREE_PLAN_LIMIT_BYTES, 1)} % of the free plan's 3 MB compressed limit); ` +
      `modules: ${bundle.modules.join(', ')}`,
    bundle.wranglerSummary ? `wrangler: ${bundle.wranglerSummary}` : '',
    '',
    `## Worker on workerd (Miniflare, direct socket), ${report.load.concurrency} concurrent clients, ` +
      `${report.load.seconds} s per endpoint after ${report.load.warmupSeconds} s warm-up`,
    workerTable([...report.worker, report.d1Probe], report.workerIdle),
    `D1 storage: ${report.d1Storage}. The D1 probe is a second Worker on the same database answering after one ` +
      'indexed SELECT: each D1 query of an endpoint costs about that much.',
    report.workerViaEntry
      ? `\nThrough Miniflare's entry Worker (mf.ready URL) the floor is ${fixed(report.workerViaEntry.rps, 0)} req/s ` +
        `(p50 ${fixed(report.workerViaEntry.latencyMs.p50, 2)} ms).`
      : '',
    '',
    "## Local engine in Node (KB answers replayed: the engine's own code)",
    report.engine ? engineTable(report.engine) : 'not measured',
    report.engine
      ? `${report.engine.tickets} tickets × ${report.engine.passes} passes after warm-up. With the live KB (D1 ` +
        `through Miniflare's proxy from Node), ${fixed(100 * report.engine.kbWaitShareOfLive, 0)} % of the time ` +
        'was spent waiting for D1, which is not CPU of the Worker.'
      : '',
    '',
    '## Hostile input (CPU per KB, in Node)',
    formatHostile(report.hostile),
    '',
    '## Sidebar',
    sidebarLine(report.sidebar),
    insightsLine(report.firstInsights),
  ]
  return lines.filter((line, i, all) => line !== '' || all[i - 1] !== '').join('\n')
}
