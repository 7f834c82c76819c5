import { LOOK_ALIKES } from './look-alikes.ts'

// Characters that render as nothing (zero-width space and joiners, soft hyphen, word joiner, bidi controls,
// variation selectors, tag characters…): inserted inside a word they hide it from every pattern.
const INVISIBLE = /\p{Default_Ignorable_Code_Point}/gu
const MARKS = /\p{M}+/gu
const WHITESPACE = /\s+/g
// Typographic apostrophes and backticks ("don’t", "l’oubli", "didn`t"): read as the ASCII one patterns use. (An
// acute accent used as one is gone already: NFKC makes it a space and a combining mark.)
const APOSTROPHES = /[\u2018\u2019\u02BC`]/g
const NON_ASCII = /[^ -~\s]/u
const SINGLE_LETTER = /^(\p{L})([.,;:!?)"'»]*)$/u
// "s.u.i.c.i.d.e", "h-a-c-k-e-d": letters split by one repeated separator (linear: the classes are disjoint).
const SPLIT_WORD = /^\p{L}(?:[.\-_*·•|/+~]\p{L}){2,}[.,;:!?]*$/u
const SEPARATORS = /[.\-_*·•|/+~]/g
/** Shortest run of single letters read as one spaced-out word ("d i e" and up). */
const MIN_SPACED_LETTERS = 3

const LOOK_ALIKE_OF = new Map<number, string>()
for (const [latin, lookAlikes] of Object.entries(LOOK_ALIKES))
  for (const char of lookAlikes) LOOK_ALIKE_OF.set(char.codePointAt(0) as number, latin)

/**
 * NFKC (full-width and styled letters become plain ones), invisible characters removed and whitespace runs
 * collapsed; case and accents are kept, so it suits entity extraction as well as matching.
 * @example cleanText('ｈａ\u200Bｃｋｅｄ  now') // 'hacked now'
 */
/** Drops trailing `,;:!?` with one backward scan (an anchored `[…]+$` would be quadratic). */
const trimPunctuation = (token: string): string => {
  let end = token.length
  while (end > 0 && ',;:!?'.includes(token[end - 1] as string)) end--
  return token.slice(0, end)
}

export const cleanText = (text: string): string =>
  text.normalize('NFKC').replace(INVISIBLE, '').replace(WHITESPACE, ' ').trim()

/**
 * Replaces letters of other scripts that imitate Latin ones (Cyrillic `а`, Greek `ο`…) with the Latin letter.
 * @example foldLookAlikes('hасkеd') // 'hacked' (Cyrillic а, с, е)
 */
export const foldLookAlikes = (text: string): string => {
  if (!NON_ASCII.test(text)) return text
  let out = ''
  for (const char of text) out += LOOK_ALIKE_OF.get(char.codePointAt(0) as number) ?? char
  return out
}

/**
 * Joins words typed letter by letter ("k i l l", "s.u.i.c.i.d.e") back into one word; expects single spaces.
 * @example joinSpacedLetters('i want to k i l l myself') // 'i want to kill myself'
 */
export const joinSpacedLetters = (text: string): string => {
  const out: string[] = []
  let run: string[] = []
  const flush = (trailing = ''): void => {
    if (run.length >= MIN_SPACED_LETTERS) out.push(run.join('') + trailing)
    else if (run.length > 0) out.push(...run.slice(0, -1), `${run.at(-1) as string}${trailing}`)
    run = []
  }
  for (const token of text.split(' ')) {
    const single = SINGLE_LETTER.exec(token)
    if (single) {
      run.push(single[1] as string)
      if (single[2]) flush(single[2])
      continue
    }
    flush()
    out.push(SPLIT_WORD.test(token) ? trimPunctuation(token.replace(SEPARATORS, '')) : token)
  }
  flush()
  return out.join(' ')
}

/**
 * The form every sensitive-topic and policy check reads: NFKC, invisible characters removed, accents and
 * combining marks stripped, look-alike letters folded to Latin, lowercase, typographic apostrophes as `'`,
 * spaced-out words joined and whitespace runs collapsed. Each step is one pass over the text.
 * @example normalizeForMatching('Ｉ will ｓ\u00ADｕｅ YOU') // 'i will sue you'
 */
export const normalizeForMatching = (text: string): string => {
  const plain = text.normalize('NFKC').replace(INVISIBLE, '').normalize('NFD').replace(MARKS, '')
  return joinSpacedLetters(
    foldLookAlikes(plain).toLowerCase().replace(APOSTROPHES, "'").replace(WHITESPACE, ' ').trim(),
  )
}
