import type { KbArticle } from '@deskmate/shared'
import { createKbRepo, type KbCandidate, type StoredArticle } from '../../src/db/kb-repo.ts'
import { createRandom } from '../../src/engines/local/classifier/random.ts'
import { confidenceFeatures } from '../../src/engines/local/retrieval/answer-confidence.ts'
import { scoreCandidates } from '../../src/engines/local/retrieval/score-candidates.ts'
import { CANDIDATES } from '../../src/engines/local/retrieval/search-articles.ts'
import { openD1 } from './open-d1.ts'

/** A labelled question. */
export type Question = { text: string; label: string }

/** The evidence for one question's top article, and whether that article is right. */
export type ConfidenceRow = { features: number[]; isRight: boolean; isAnswerable: boolean; kb: string }

/** Which articles a knowledge base leaves out, and which questions are asked of it. */
export type KbVariant = { name: string; removed: ReadonlySet<string>; questions: Question[] }

/** `count` article ids drawn without replacement (seeded), from ids sorted so the draw is reproducible. */
export const drawIds = (ids: string[], count: number, seed: number): Set<string> => {
  const random = createRandom(seed)
  const shuffled = [...ids]
    .sort()
    .map((id) => ({ id, key: random() }))
    .sort((a, b) => a.key - b.key)
  return new Set(shuffled.slice(0, count).map((entry) => entry.id))
}

/**
 * Full-text candidates of every question against the whole KB, through the Worker's repository in a real D1.
 * A variant's candidates are these minus its removed articles: with an OR query the matching articles are the
 * same, only their BM25 scale moves a little, which the ranking reads relative to the best candidate.
 */
export const fetchCandidates = async (
  migrationsDir: string,
  articles: KbArticle[],
  questions: Question[],
): Promise<KbCandidate[][]> => {
  const { db, dispose } = await openD1(migrationsDir)
  try {
    const kb = createKbRepo(db, 'calibration-tenant')
    for (let i = 0; i < articles.length; i += 100) await kb.upsertArticles(articles.slice(i, i + 100))
    const all: KbCandidate[][] = []
    for (const question of questions)
      all.push(await kb.searchCandidates({ text: question.text, language: 'en', limit: articles.length }))
    return all
  } finally {
    await dispose()
  }
}

/** The confidence evidence of each question of a variant, from its candidates without the removed articles. */
export const collectRows = (
  variant: KbVariant,
  candidatesOf: (question: Question) => KbCandidate[],
): ConfidenceRow[] =>
  variant.questions.flatMap((question) => {
    const candidates = candidatesOf(question)
      .filter((candidate) => !variant.removed.has(candidate.article.id))
      .slice(0, CANDIDATES)
    const isAnswerable = !variant.removed.has(question.label)
    const scored = scoreCandidates(question.text, candidates)
    const top = scored[0]
    // No candidate at all: the Worker reports no article, nothing for the model to learn.
    if (!top) return []
    return [
      {
        features: confidenceFeatures(top, scored[1]?.score ?? 0),
        isRight: (top.article as StoredArticle).id === question.label,
        isAnswerable,
        kb: variant.name,
      },
    ]
  })
