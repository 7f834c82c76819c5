import type { KbArticle } from '@deskmate/shared'
import { toIndexWords } from '../engines/local/retrieval/search-text.ts'

/**
 * A tenant's key in the full-text index: its id in lowercase hex, as SQLite's `lower(hex(tenant_id))` writes it
 * (migration 0007 builds the same tokens in SQL). Every word token is `<key>x<word>` and the language token
 * `<key>y<language>`; hex digits contain neither x nor y, so no tenant's tokens can be another's.
 */
export const tenantIndexKey = (tenantId: string): string =>
  Array.from(new TextEncoder().encode(tenantId), (byte) => byte.toString(16).padStart(2, '0')).join('')

/** The primary language subtag of a locale, or null when it is not one ("pt-BR" → "pt"). */
export const primaryLanguage = (locale: string | null): string | null => {
  const code = (locale ?? '').split('-')[0]?.toLowerCase() ?? ''
  return /^[a-z]{2,8}$/.test(code) ? code : null
}

/** An article's words per indexed column, and the distinct words it counts in the tenant's frequencies. */
export type IndexedWords = { title: string[]; body: string[]; examples: string[]; distinct: Set<string> }

/** The words the index holds for an article. */
export const indexedWordsOf = (article: Pick<KbArticle, 'title' | 'body' | 'examples'>): IndexedWords => {
  const title = toIndexWords(article.title)
  const body = toIndexWords(article.body)
  const examples = toIndexWords((article.examples ?? []).join('\n'))
  return { title, body, examples, distinct: new Set([...title, ...body, ...examples]) }
}

/** One row of the full-text index as written: every word carries the tenant's key. */
export const toIndexRow = (key: string, locale: string, words: IndexedWords) => {
  const column = (list: string[]) => list.map((word) => `${key}x${word}`).join(' ')
  return {
    lang: `${key}y${primaryLanguage(locale) ?? ''}`,
    title: column(words.title),
    body: column(words.body),
    examples: column(words.examples),
  }
}
