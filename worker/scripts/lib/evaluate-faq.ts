import type { KbArticle } from '@deskmate/shared'
import { createKbRepo } from '../../src/db/kb-repo.ts'
import { searchArticles } from '../../src/engines/local/retrieval/search-articles.ts'
import { openD1 } from './open-d1.ts'

/** One retrieval result of the FAQ evaluation. */
export type FaqResult = { truth: string; ranked: string[]; confidence: number }

/** Builds one article per category (title = category, body = its first `examples` questions) in a real D1. */
export const buildFaqArticles = (train: { text: string; label: string }[], examples: number): KbArticle[] => {
  const byLabel = new Map<string, string[]>()
  for (const row of train) {
    const questions = byLabel.get(row.label) ?? []
    if (questions.length < examples) questions.push(row.text)
    byLabel.set(row.label, questions)
  }
  return [...byLabel.entries()].map(([label, questions]) => ({
    id: label,
    title: label.replace(/_/g, ' '),
    body: questions.join('\n'),
    locale: 'en',
  }))
}

/** Upserts the articles through the Worker's KB repository and asks the Worker's retrieval for each query. */
export const evaluateFaq = async (
  migrationsDir: string,
  articles: KbArticle[],
  test: { text: string; label: string }[],
): Promise<FaqResult[]> => {
  const { db, dispose } = await openD1(migrationsDir)
  try {
    const kb = createKbRepo(db, 'eval-tenant')
    for (let i = 0; i < articles.length; i += 100) await kb.upsertArticles(articles.slice(i, i + 100))
    const results: FaqResult[] = []
    for (const row of test) {
      const ranked = await searchArticles(kb, { text: row.text, language: 'en', limit: 3 })
      results.push({
        truth: row.label,
        ranked: ranked.map((entry) => entry.article.id),
        confidence: ranked[0]?.confidence ?? 0,
      })
    }
    return results
  } finally {
    await dispose()
  }
}
