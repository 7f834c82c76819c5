import { normalizeText, splitWords } from '../text/normalize-text.ts'
import { stopWordsFor } from './stop-words.ts'

/** Longest-first suffixes stripped from words (English plus common Romance/German inflections). */
const SUFFIXES = [
  'ations',
  'ation',
  'ments',
  'ment',
  'ingly',
  'ings',
  'ing',
  'ies',
  'ied',
  'ers',
  'ed',
  'es',
  'er',
  'en',
  's',
  'e',
] as const

/** Reduces a normalized word to a crude stem so "charged", "charges" and "charge" meet. */
export const stemWord = (word: string): string => {
  if (word.length <= 4) return word
  for (const suffix of SUFFIXES) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 3) return word.slice(0, -suffix.length)
  }
  return word
}

/** The text stored in the full-text index: normalized and stemmed words. */
export const toSearchText = (text: string): string => splitWords(normalizeText(text)).map(stemWord).join(' ')

/** Where the index's tokenizer splits inside a word (an elision such as "l'adresse" or "customer's"). */
const APOSTROPHES = /['\u2019]/

/** Words the full-text index holds for a text: stems, split where its tokenizer splits. */
export const toIndexWords = (text: string): string[] =>
  splitWords(normalizeText(text))
    .flatMap((word) => stemWord(word).split(APOSTROPHES))
    .filter((word) => word.length > 0)

/**
 * Distinct stemmed content words of a query in order of appearance, without the stop words of its language,
 * capped; the search then keeps the ones that are rarest in the tenant's knowledge base.
 */
export const toQueryTerms = (text: string, language: string | null = null, limit = 64): string[] => {
  const stopWords = stopWordsFor(language)
  const terms = new Set<string>()
  for (const word of splitWords(normalizeText(text))) {
    if (word.length < 2 || stopWords.has(word)) continue
    // A contraction keeps its stem ("didn't" → "didn"), which carries the negation the stop words would lose.
    for (const part of stemWord(word).split(APOSTROPHES)) if (part.length > 1) terms.add(part)
    if (terms.size >= limit) break
  }
  return [...terms].slice(0, limit)
}
