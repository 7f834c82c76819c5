import { D1_CALLS_PATH } from './counted-entry.ts'
import type { BenchContext } from './bench-section.ts'

/** D1 round trips by handler. */
export type D1Calls = { fetch: number; queue: number }

/** Round trips a counted Worker (by default the one with the queue consumer) has made to D1 so far. */
export const readD1Calls = async (ctx: BenchContext, url: URL = ctx.worker.countedUrl): Promise<D1Calls> =>
  (await fetch(new URL(D1_CALLS_PATH, url))).json() as Promise<D1Calls>
