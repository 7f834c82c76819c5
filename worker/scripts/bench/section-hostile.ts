import { loadBenchTickets } from './bench-inputs.ts'
import type { BenchSection } from './bench-section.ts'
import { BENCH_TENANT_RECORD } from './bench-tenant.ts'
import { formatHostile } from './format-hostile.ts'
import { measureHostileCpu } from './measure-hostile-cpu.ts'

/** CPU of the code that reads customer text on hostile input, beside ordinary text of the same size. */
export const hostileSection: BenchSection = {
  name: 'hostile',
  summary: 'CPU per KB of hostile input (long blank runs, `a@a@…`, `<<<<`) beside ordinary text, in Node',
  async run({ worker, log }) {
    log('timing hostile inputs in Node')
    const hostile = await measureHostileCpu(worker.db, BENCH_TENANT_RECORD, loadBenchTickets(), 9)
    return {
      markdown: ['## Hostile input (CPU per KB, in Node)', formatHostile(hostile)].join('\n\n'),
      json: hostile,
      failures: [],
    }
  },
}
