import type { DraftArticle, DraftInput } from './engine.ts'

/**
 * The articles that answer the ticket: those at or above the tenant's threshold, and those an agent chose
 * (they carry no confidence). A draft grounded in none of them says so instead of pasting an article.
 * @example answeringArticles({ ...input, threshold: 0.6, articles: [{ ...article, confidence: 0.3 }] }) // []
 */
export const answeringArticles = (input: Pick<DraftInput, 'articles' | 'threshold'>): DraftArticle[] =>
  input.articles.filter(
    (article) =>
      article.confidence === undefined ||
      input.threshold === undefined ||
      article.confidence >= input.threshold,
  )
