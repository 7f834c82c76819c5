import { normalizeText, splitWords } from '../text/normalize-text.ts'
import { stemWord } from './search-text.ts'
import { toStemSet, type StemLookup, type StemSet } from './stem-set.ts'

/**
 * Words that say nothing about what a ticket asks, in en/de/es/fr/pt: function words, greetings, thanks,
 * sign-offs and the verbs every request uses ("need", "want", "help"). Written diacritic-free, as normalized.
 */
const FILLER = new Set(
  // English
  (
    'a about after again all also am an and any anyone are as at be been before but by can cant could did do ' +
    'does doing dont for from get got had has have having he her here hi hello hey him his how i id if im in ' +
    'is it its ive just know let like me might more my myself need no not now of ok okay on one or our out ' +
    'please pls really regards should so some someone something sure than thank thanks that the their them ' +
    'then there these they thing this those to too trying try up us very want was way we were what whats when ' +
    'where which while who why will with would yes yet you your dear team support help cheers kind best ' +
    'question wondering wonder tell ask asking hope great much many ' +
    // German
    'aber alle als am an auch auf aus bei bin bis bitte da dank danke das dass dem den der des die doch du ein ' +
    'eine einen einem einer er es fur gibt gruss grusse guten habe haben hallo hat ich ihr ihre im in ist ja ' +
    'kann konnen konnten mein meine meinem meinen mich mir mit nach nicht noch nur oder schon sehr sie sind so ' +
    'uber um und uns unser unsere vielen von vor was wie wir wo zu zum zur ' +
    // Spanish
    'al algo como con cual cuando de del el ella en es esta este esto gracias hola la las le lo los me mi mis ' +
    'muchas mucho muy necesito no nos para pero por porque puedo puede que quiero se si sin saludos sobre su ' +
    'sus tengo un una uno y ya favor buenos buenas dias ' +
    // French
    'au aux avec bonjour ce ces cette comment dans de des du elle en est et je la le les leur lui ma mais me ' +
    'merci mes moi mon ne nous on ou par pas plus pour quand que qui sa se ses si son sur ta te tes toi ton tu ' +
    'un une vos votre vous cordialement salut besoin ai suis peux ' +
    // Portuguese
    'ao aos com como da das de do dos ela ele em esta este eu isso mais mas meu minha muito na nao nas no nos ' +
    'num numa o obrigado obrigada ola os ou para pela pelo por porque preciso quando que se sem seu sua um uma ' +
    'voce voces tenho posso'
  ).split(' '),
)

/** Most content words a query contributes; a ticket's opening says what it is about. */
const MAX_TERMS = 32
const MAX_QUERY_CHARS = 1_000

const stems = (text: string): string[] => splitWords(normalizeText(text)).map(stemWord)

/** Whether a word carries content (not a filler, not a single letter). */
const isContentWord = (word: string): boolean => word.length > 1 && !FILLER.has(word)

/** Stems of content words. */
const contentWordStems = (words: string[]): string[] => words.filter(isContentWord).map(stemWord)

/** Stems of the content words of a text. */
const contentStems = (text: string): string[] => contentWordStems(splitWords(normalizeText(text)))

/** Distinct stems of a query's content words, in order of appearance. */
export const contentTerms = (text: string): string[] => {
  return [...new Set(contentStems(text.slice(0, MAX_QUERY_CHARS)))].slice(0, MAX_TERMS)
}

/** A share of an article's passages below which a term does not characterize the article. */
const KEY_TERM_SHARE = 0.2

/** The word stems of an article that coverage reads, computed once per article version. */
export type ArticleTerms = {
  /** Every stem of its title, body and example questions. */
  all: StemSet
  /** Content stems of its title. */
  title: string[]
  /** Content stems found in at least a fifth of its passages, with that share. */
  key: Map<string, number>
}

/**
 * Collects an article's stems; `passageWords` are the words of its example questions and body sentences (and
 * `passageStems` their stems, when the caller has them). When
 * they hold the whole article (`isWhole`: no passage left out and the article shorter than what `normalizeText`
 * reads), its stems are those of its title and passages, and the article is not normalized a second time.
 */
export const articleTerms = (
  article: { title: string; body: string; examples: string[] },
  passageWords: string[][],
  isWhole = false,
  passageStems: string[][] = passageWords.map((words) => words.map(stemWord)),
): ArticleTerms => {
  const all = toStemSet(
    isWhole
      ? [stems(article.title), ...passageStems].flat()
      : stems([article.title, article.body, ...article.examples].join('\n')),
  )
  const title = [...new Set(contentStems(article.title))]
  const counts = new Map<string, number>()
  passageWords.forEach((words, p) => {
    const passage = new Set<string>()
    words.forEach((word, i) => {
      if (isContentWord(word)) passage.add(passageStems[p]?.[i] as string)
    })
    for (const stem of passage) counts.set(stem, (counts.get(stem) ?? 0) + 1)
  })
  const key = new Map<string, number>()
  for (const [stem, count] of counts) {
    const share = count / passageWords.length
    if (share >= KEY_TERM_SHARE) key.set(stem, share)
  }
  return { all, title, key }
}

/** A query's content terms weighed by how rare each is among the candidates. */
export type WeighedTerms = {
  terms: string[]
  idf: number[]
  /** IDF-weighted share of the terms that no candidate contains at all. */
  unknown: number
}

/** Weighs content terms with their IDF over the candidates' term sets. */
export const weighTerms = (
  terms: string[],
  candidates: StemLookup[],
  idfOf: TermIdf = (term) => candidateIdf(term, candidates),
): WeighedTerms => {
  let total = 0
  let unknown = 0
  const idf = terms.map((term) => {
    const weight = idfOf(term)
    total += weight
    if (!candidates.some((candidate) => candidate.has(term))) unknown += weight
    return weight
  })
  return { terms, idf, unknown: total > 0 ? unknown / total : 0 }
}

/** IDF of a term over the candidates' term sets. */
export const candidateIdf = (term: string, candidates: StemLookup[]): number => {
  let documents = 0
  for (const candidate of candidates) if (candidate.has(term)) documents++
  return Math.log((1 + candidates.length) / (1 + documents)) + 1
}

/** The IDF of a term over the request's candidates. */
export type TermIdf = (term: string) => number

/**
 * `candidateIdf` over one request's candidates, each term's computed once: the candidates' titles and key terms
 * repeat across candidates, and each look-up hashes the term and searches every candidate's stems.
 */
export const createTermIdf = (candidates: StemLookup[]): TermIdf => {
  const known = new Map<string, number>()
  return (term) => {
    let idf = known.get(term)
    if (idf === undefined) {
      idf = candidateIdf(term, candidates)
      known.set(term, idf)
    }
    return idf
  }
}

/**
 * How much of what characterizes an article the query mentions: the IDF-weighted share of its title terms, and
 * of its key terms weighed by the square of their passage share (a term in every example weighs most).
 */
export const coverArticle = (
  query: ReadonlySet<string>,
  article: ArticleTerms,
  candidates: StemLookup[],
  idfOf: TermIdf = (term) => candidateIdf(term, candidates),
): { title: number; key: number } => {
  let titleTotal = 0
  let titleCovered = 0
  for (const term of article.title) {
    const idf = idfOf(term)
    titleTotal += idf
    if (query.has(term)) titleCovered += idf
  }
  let keyTotal = 0
  let keyCovered = 0
  for (const [term, share] of article.key) {
    const weight = share * share * idfOf(term)
    keyTotal += weight
    if (query.has(term)) keyCovered += weight
  }
  return {
    title: titleTotal > 0 ? titleCovered / titleTotal : 0,
    key: keyTotal > 0 ? keyCovered / keyTotal : 0,
  }
}

/** IDF-weighted share of the query's content terms that an article contains (0 when the query has none). */
export const coverTerms = ({ terms, idf }: WeighedTerms, article: StemLookup): number => {
  let total = 0
  let covered = 0
  terms.forEach((term, i) => {
    total += idf[i] as number
    if (article.has(term)) covered += idf[i] as number
  })
  return total > 0 ? covered / total : 0
}
