import { loadBenchTickets } from './bench-inputs.ts'
import type { BenchSection } from './bench-section.ts'
import { BENCH_TENANT_RECORD } from './bench-tenant.ts'
import { fixed, table } from './format-report.ts'
import { measureEngineCpu, type EngineCpu } from './measure-engine-cpu.ts'

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

/** The local engine's own CPU per ticket, in Node, with the KB's answers replayed. */
export const engineSection: BenchSection = {
  name: 'engine',
  summary: "the local engine's CPU per ticket in Node (analyze, suggest, draft)",
  async run({ worker, log }) {
    log('timing the local engine in Node')
    const engine = await measureEngineCpu(worker.db, BENCH_TENANT_RECORD, loadBenchTickets(), {
      warmupPasses: 5,
      measureMs: 8_000,
      maxPasses: 500,
      livePasses: 2,
    })
    const markdown = [
      "## Local engine in Node (KB answers replayed: the engine's own code)",
      engineTable(engine),
      `${engine.tickets} tickets × ${engine.passes} passes after warm-up. With the live KB (D1 through ` +
        `Miniflare's proxy from Node), ${fixed(100 * engine.kbWaitShareOfLive, 0)} % of the time was spent ` +
        'waiting for D1, which is not CPU of the Worker.',
    ].join('\n\n')
    return { markdown, json: engine, failures: [] }
  },
}
