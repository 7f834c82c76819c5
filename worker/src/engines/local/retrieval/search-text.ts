import { normalizeText, splitWords } from '../text/normalize-text.ts'

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

/** Very frequent words in en/de/es/fr/pt that match almost every article. */
const STOPWORDS = new Set(
  (
    'a an and are as at be been but by can could did do does for from had has have how i if in is it its me my ' +
    'of on or our so than that the their them then there these they this to was we were what when where which ' +
    'who why will with would you your am im ive dont cant ' +
    'der die das und ist ich ein eine nicht mit den dem zu es sie wie fur auf mein meine ' +
    'el la los las de y que en un una por con para mi es lo se ' +
    'le les des et est je un une pas pour avec mon ma mes du au ' +
    'o os as um uma e que nao com para meu minha do da'
  ).split(' '),
)

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

/** Distinct stemmed content words of a query, most informative (longest) first, capped. */
export const toQueryTerms = (text: string, limit = 32): string[] => {
  const words = splitWords(normalizeText(text)).filter((word) => !STOPWORDS.has(word) && word.length > 1)
  const stems = [...new Set(words.map(stemWord))]
  return stems.sort((a, b) => b.length - a.length).slice(0, limit)
}

/** An FTS5 MATCH expression that ORs quoted terms (quoting keeps user text from being FTS syntax). */
export const toMatchExpression = (terms: string[]): string =>
  terms.map((term) => `"${term.replace(/"/g, '')}"`).join(' OR ')
