import { loadBenchTickets } from './bench-inputs.ts'
import type { BenchSection } from './bench-section.ts'
import { fixed, loadFailures, workerTable } from './format-report.ts'
import { runLoad, type LoadResult } from './run-load.ts'
import { d1ProbeTarget, workerTargets } from './worker-targets.ts'

/** The sidebar's endpoints under load, then alone, beside the floor and one D1 round trip. */
export const endpointsSection: BenchSection = {
  name: 'endpoints',
  summary: 'healthz (floor), analyze, suggest, draft JSON/SSE and the D1 probe, loaded and idle',
  async run({ worker, load, log }) {
    const idle = { ...load, concurrency: 1, warmupMs: 300, durationMs: Math.min(load.durationMs, 2_000) }
    const results: LoadResult[] = []
    const idleResults: LoadResult[] = []
    for (const target of workerTargets(loadBenchTickets(), worker.token)) {
      log(`loading ${target.name}`)
      results.push(await runLoad(target, { ...load, baseUrl: worker.directUrl }))
      idleResults.push(await runLoad(target, { ...idle, baseUrl: worker.directUrl }))
    }
    const floor = workerTargets([], worker.token)[0]
    log("loading the floor through Miniflare's entry Worker")
    const viaEntry = floor ? await runLoad(floor, { ...load, baseUrl: worker.entryUrl }) : null
    log('loading the D1 probe')
    const d1Probe = await runLoad(d1ProbeTarget, { ...load, baseUrl: worker.d1ProbeUrl })
    idleResults.push(await runLoad(d1ProbeTarget, { ...idle, baseUrl: worker.d1ProbeUrl }))
    const markdown = [
      `## Worker on workerd (Miniflare, direct socket), ${load.concurrency} concurrent clients, ` +
        `${fixed(load.durationMs / 1000, 0)} s per endpoint after ${fixed(load.warmupMs / 1000, 0)} s warm-up`,
      workerTable([...results, d1Probe], idleResults),
      'The D1 probe is a second Worker on the same database answering after one indexed SELECT: each D1 ' +
        'query of an endpoint costs about that much.',
      viaEntry
        ? `Through Miniflare's entry Worker (mf.ready URL) the floor is ${fixed(viaEntry.rps, 0)} req/s ` +
          `(p50 ${fixed(viaEntry.latencyMs.p50, 2)} ms).`
        : '',
    ].join('\n\n')
    return {
      markdown,
      json: { worker: results, workerIdle: idleResults, workerViaEntry: viaEntry, d1Probe },
      failures: loadFailures([...results, ...idleResults, d1Probe, ...(viaEntry ? [viaEntry] : [])]),
    }
  },
}
