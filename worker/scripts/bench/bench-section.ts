import type { ZendeskSimulator } from '../../../apps/workspace/src/zendesk/simulator/index.ts'
import type { LoadOptions } from './run-load.ts'
import type { BenchWorker } from './start-bench-worker.ts'

/** What every section of a bench run shares: the Workers, the Zendesk simulator, the load settings. */
export type BenchContext = {
  worker: BenchWorker
  /** The simulated Zendesk the counted Worker's queue consumer calls (ZENDESK_API_BASE). */
  simulator: ZendeskSimulator
  /** The default load (clients, durations) for endpoint rows, without the base URL. */
  load: Omit<LoadOptions, 'baseUrl'>
  /** Command-line values a section may read (`--jobs`, `--no-browser`, …). */
  args: {
    jobs: number
    insightsRuns: number
    noBrowser: boolean
    consumerBatch: number | null
    /** Knowledge-base sizes of the `kb` section, ascending. */
    kbSizes: number[]
  }
  log(message: string): void
}

/** One section's figures: Markdown for the report, JSON for results.json, and what failed (fails the run). */
export type SectionResult = { markdown: string; json: unknown; failures: string[] }

/**
 * A named part of `npm run bench`, selectable with `--only <name>[,<name>…]`. Each section measures its rows
 * beside the floor (`GET /healthz`) of the same Worker in the same run, or says what it compares with.
 */
export type BenchSection = {
  name: string
  /** One line for `--help`. */
  summary: string
  run(ctx: BenchContext): Promise<SectionResult>
}
