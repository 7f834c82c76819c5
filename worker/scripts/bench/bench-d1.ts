import type { Miniflare } from 'miniflare'

/** Miniflare's D1 binding as Node sees it (the same database the Worker uses). */
export type BenchD1 = Awaited<ReturnType<Miniflare['getD1Database']>>
