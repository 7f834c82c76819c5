import type { KbRepo } from '../../../db/kb-repo.ts'
import { rankArticles, type RankedArticle } from './rank-articles.ts'

/** How many full-text candidates the re-ranker looks at. */
export const CANDIDATES = 20

/** Finds the best articles for a text: FTS5 BM25 candidates in D1, re-ranked and calibrated in JS. */
export const searchArticles = async (
  kb: KbRepo,
  input: { text: string; language: string | null; limit: number },
): Promise<RankedArticle[]> => {
  const candidates = await kb.searchCandidates({
    text: input.text,
    language: input.language,
    limit: Math.max(CANDIDATES, input.limit),
  })
  return rankArticles(input.text, candidates).slice(0, input.limit)
}
