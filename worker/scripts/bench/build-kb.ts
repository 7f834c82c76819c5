import type { KbArticle } from '@deskmate/shared'
import { generateKbArticles } from './generate-kb-articles.ts'

/** Articles per write: a `PUT /v1/kb/articles` body of generated articles stays under the 256 KiB limit. */
export const BUILD_BATCH = 100

/**
 * Grows a tenant's knowledge base with generated articles (ids `<prefix>-<n>`) from `from` up to `to`, handing
 * each batch to `upsert` (the Worker's API or its KB repository); returns the seconds it took.
 * @example await buildKb((articles) => putArticles(worker, token, articles), { prefix: 'gen', from: 0, to: 10_000 })
 */
export const buildKb = async (
  upsert: (articles: KbArticle[]) => Promise<void>,
  range: { prefix: string; from: number; to: number; seed?: number },
  onProgress?: (done: number) => void,
): Promise<number> => {
  const started = performance.now()
  for (let from = range.from; from < range.to; from += BUILD_BATCH) {
    const count = Math.min(BUILD_BATCH, range.to - from)
    // A seed per batch, so growing 1k → 10k writes the same articles as building 10k at once.
    const seed = (range.seed ?? 1) * 1_000_003 + from
    await upsert(generateKbArticles(count, { seed, prefix: range.prefix, from }))
    onProgress?.(from + count)
  }
  return (performance.now() - started) / 1000
}
