import type { Random } from '../phrases/random.ts'

/** Ways a customer (or an attacker) hides words from keyword filters. */
export const DISGUISES = ['zero-width', 'soft-hyphen', 'full-width', 'look-alike', 'spaced', 'none'] as const
export type Disguise = (typeof DISGUISES)[number]

const INVISIBLES = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF']
const CYRILLIC: Record<string, string> = {
  a: 'а',
  e: 'е',
  o: 'о',
  c: 'с',
  p: 'р',
  x: 'х',
  y: 'у',
  i: 'і',
  s: 'ѕ',
}
const WORD = /\p{L}{4,}/gu

const eachLongWord = (text: string, random: Random, share: number, change: (word: string) => string) =>
  text.replace(WORD, (word) => (random.chance(share) ? change(word) : word))

const insertEvery = (word: string, random: Random, insert: () => string): string => {
  let out = ''
  for (const char of word) out += out.length > 0 && random.chance(0.4) ? insert() + char : char
  return out
}

/**
 * Disguises a text the way evasive tickets do: invisible characters or soft hyphens inside words, full-width
 * letters, Cyrillic look-alikes, or the longest words spelled out letter by letter.
 */
export const disguiseText = (text: string, disguise: Disguise, random: Random): string => {
  switch (disguise) {
    case 'zero-width':
      return eachLongWord(text, random, 0.6, (w) => insertEvery(w, random, () => random.pick(INVISIBLES)))
    case 'soft-hyphen':
      return eachLongWord(text, random, 0.6, (w) => insertEvery(w, random, () => '\u00AD'))
    case 'full-width':
      return text.replace(/[A-Za-z0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))
    case 'look-alike':
      return text.replace(/[aeocpxyis]/g, (c) => (random.chance(0.6) ? (CYRILLIC[c] ?? c) : c))
    case 'spaced': {
      const words = [...new Set(text.match(WORD) ?? [])].sort((a, b) => b.length - a.length).slice(0, 3)
      const separator = random.pick([' ', '.', '-'])
      return words.reduce((out, word) => out.replace(word, [...word].join(separator)), text)
    }
    case 'none':
      return text
  }
}
