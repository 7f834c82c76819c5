import removeMarkdown from 'remove-markdown'
import type { Suggestion } from '@deskmate/shared'

/** Matches below this confidence are noise an agent would not click ("0 % match"): left out. */
export const MIN_ARTICLE_CONFIDENCE = 0.05

/** An article in another language than the customer's is shown only when it matches at least this well. */
export const OTHER_LANGUAGE_MIN_CONFIDENCE = 0.5

/** The primary language subtag of a locale (`pt-BR` → `pt`). */
export const languageOf = (locale: string): string => locale.toLowerCase().split('-')[0] ?? ''

/** A snippet as plain text: Markdown markup removed, whitespace collapsed. */
export const snippetText = (snippet: string): string =>
  removeMarkdown(snippet, { gfm: true, useImgAltText: true }).replace(/\s+/g, ' ').trim()

/**
 * The articles worth showing, best first: real matches only, in the customer's language unless another
 * language's article matches strongly; snippets as plain text.
 */
export const pickArticles = (
  articles: readonly Suggestion[],
  customerLanguage: string | undefined,
  limit: number,
): Suggestion[] => {
  const customer = customerLanguage && customerLanguage !== 'und' ? languageOf(customerLanguage) : undefined
  return articles
    .filter((article) => article.confidence >= MIN_ARTICLE_CONFIDENCE)
    .filter(
      (article) =>
        !customer ||
        languageOf(article.locale) === customer ||
        article.confidence >= OTHER_LANGUAGE_MIN_CONFIDENCE,
    )
    .slice(0, limit)
    .map((article) => ({ ...article, snippet: snippetText(article.snippet) }))
}
