// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- the lexicon ships untyped; all programs need this
/// <reference path="../../../types/vader-lexicon.d.ts" />
import { lexicon } from 'vader-sentiment/src/vader_lexicon.js'

/** Words that flip the polarity of what follows within three words (VADER's rule, its common negators). */
const NEGATORS = new Set([
  'not',
  'no',
  'never',
  'none',
  'nothing',
  'nobody',
  'nowhere',
  'neither',
  'nor',
  'cannot',
  'without',
  'nope',
  'rarely',
  'seldom',
])
const NEGATION_WINDOW = 3
/** VADER's scale for a negated word. */
const NEGATED = -0.74
/** Valence from which a word counts as strongly polar (VADER rates from -4 to 4). */
const STRONG = 2

const isNegator = (word: string): boolean =>
  NEGATORS.has(word) ||
  word.endsWith("n't") ||
  /^(?:do|does|did|is|are|was|were|ca|could|wo|would|should|must|need|has|have|had|ai)nt$/.test(word)

/**
 * The polarity of the English sentiment words of a text (normalized words in order), as pseudo-words a linear
 * model can weigh: one `pos`/`neg` per lexicon word, plus `strong` for the intense ones, flipped after a negator.
 */
export const polarityWords = (words: readonly string[]): string[] => {
  const out: string[] = []
  const apostrophized = words.map((word) => word.replace(/’/g, "'"))
  apostrophized.forEach((word, i) => {
    if (!Object.hasOwn(lexicon, word)) return
    let valence = lexicon[word] as number
    for (let j = Math.max(0, i - NEGATION_WINDOW); j < i; j++)
      if (isNegator(apostrophized[j] as string)) {
        valence *= NEGATED
        break
      }
    const polarity = valence > 0 ? 'pos' : 'neg'
    out.push(`polarity:${polarity}`)
    if (Math.abs(valence) >= STRONG) out.push(`polarity:${polarity}:strong`)
  })
  return out
}
