import type { KbScale } from './measure-kb-scale.ts'

const fixed = (value: number, digits = 1): string => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a')
const table = (head: string[], rows: string[][]): string =>
  [head, head.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n')

/** The KB bench as Markdown tables (readable in a terminal too). */
export const formatKbScale = (scale: KbScale): string => {
  const sizes = table(
    [
      'knowledge base',
      'suggest idle p50 / p95 ms',
      'floor idle p50 / p95 ms',
      'rows read per candidate query (median / max)',
      'D1 time per candidate query p50 / max ms',
      'upsert of 20 existing articles p50 / p95 ms',
      'D1 bytes per article',
      'build s',
    ],
    scale.rows.map((row) => [
      row.label,
      `${fixed(row.suggest.latencyMs.p50, 2)} / ${fixed(row.suggest.latencyMs.p95, 2)}`,
      `${fixed(row.floor.latencyMs.p50, 2)} / ${fixed(row.floor.latencyMs.p95, 2)}`,
      `${fixed(row.rowsRead.p50, 0)} / ${fixed(row.rowsRead.max, 0)}`,
      `${fixed(row.sqlMs.p50, 2)} / ${fixed(row.sqlMs.max, 2)}`,
      `${fixed(row.upsert20Ms.p50, 1)} / ${fixed(row.upsert20Ms.p95, 1)}`,
      fixed(row.d1BytesPerArticle, 0),
      row.buildSeconds > 0 ? fixed(row.buildSeconds, 0) : '—',
    ]),
  )
  const { rerank } = scale
  const cache =
    `Re-ranker article cache when full (after ${rerank.full.articlesSeen} articles): ${rerank.full.entries} ` +
    `articles, ${fixed(rerank.full.bytes / 2 ** 20, 1)} MiB estimated of its ${fixed(rerank.full.maxBytes / 2 ** 20, 0)} ` +
    `MiB bound (measured: V8 heap + buffers held ${fixed(rerank.heapGrowthMiB, 1)} MiB more after a full GC). ` +
    `Re-ranking ${rerank.candidatesPerQuery} candidates, CPU ms p50 / p95: cold ${fixed(rerank.coldCpuMs.p50, 2)} / ` +
    `${fixed(rerank.coldCpuMs.p95, 2)}, warm ${fixed(rerank.warmCpuMs.p50, 2)} / ${fixed(rerank.warmCpuMs.p95, 2)}.`
  return ['## Knowledge base at scale', '', sizes, '', cache].join('\n')
}
