import type { BenchSection } from './bench-section.ts'
import { formatKbScale } from './format-kb-scale.ts'
import { measureKbScale } from './measure-kb-scale.ts'

/** The knowledge base at 1k / 10k / 100k articles (`--kb-sizes`), alone and beside a large neighbour tenant. */
export const kbSection: BenchSection = {
  name: 'kb',
  summary: 'suggest, rows read, upserts and D1 bytes at each --kb-sizes (about 5 minutes at 100k articles)',
  async run({ worker, load, args, log }) {
    log('measuring the knowledge base at scale')
    const kbScale = await measureKbScale(worker, {
      sizes: args.kbSizes,
      seconds: Math.min(load.durationMs / 1000, 3),
      log,
    })
    return {
      markdown: formatKbScale(kbScale),
      json: kbScale,
      failures: kbScale.rows
        .flatMap((row) => [row.suggest, row.floor])
        .filter((r) => r.errors > 0)
        .map((r) => `${r.name}: ${r.errors}/${r.requests} errors, first: ${r.firstError}`),
    }
  },
}
