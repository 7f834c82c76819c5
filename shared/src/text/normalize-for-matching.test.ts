import { describe, expect, it } from 'vitest'
import {
  cleanText,
  foldLookAlikes,
  joinSpacedLetters,
  normalizeForMatching,
} from './normalize-for-matching.ts'

describe('normalizeForMatching', () => {
  it.each([
    ['zero-width characters inside a word', 'ha\u200Bck\u200Ced, some\u2060one in my ac\uFEFFcount'],
    ['soft hyphens', 'ha\u00ADcked, some\u00ADone in my ac\u00ADcount'],
    ['full-width letters', 'ｈａｃｋｅｄ, ｓｏｍｅｏｎｅ ｉｎ ｍｙ ａｃｃｏｕｎｔ'],
    ['Cyrillic and Greek look-alikes', 'hаcked, sοmеοne in my аccοunt'],
    ['styled mathematical letters', '𝐡𝐚𝐜𝐤𝐞𝐝, 𝘀𝗼𝗺𝗲𝗼𝗻𝗲 in my account'],
    ['spaced-out and dotted letters', 'h a c k e d, s.o.m.e.o.n.e in my account'],
    ['bidi controls and odd spacing', '\u202Ehacked,\u00A0\u00A0someone\u3000in   my\taccount'],
  ])('reads %s as plain text', (_name, text) => {
    expect(normalizeForMatching(text)).toBe('hacked, someone in my account')
  })

  it('lowercases and strips accents and stacked combining marks', () => {
    expect(normalizeForMatching('Résilier ÜBER Ação')).toBe('resilier uber acao')
    expect(normalizeForMatching('s̸̢u̴i̶c̷i̵d̶e̴')).toBe('suicide')
  })

  it('reads typographic apostrophes as the ASCII one', () => {
    expect(normalizeForMatching('I didn’t ask, l‘oubli, donʼt, can`t')).toBe(
      "i didn't ask, l'oubli, don't, can't",
    )
  })

  it('leaves ordinary text, numbers and codes alone', () => {
    expect(normalizeForMatching('Error SYNC-409 on invoice INV-2024-0012, order #1001')).toBe(
      'error sync-409 on invoice inv-2024-0012, order #1001',
    )
    expect(normalizeForMatching('I got a B in maths, e.g. plan A')).toBe('i got a b in maths, e.g. plan a')
  })
})

describe('joinSpacedLetters', () => {
  it('joins a run of three or more single letters and keeps trailing punctuation', () => {
    expect(joinSpacedLetters('i want to d i e.')).toBe('i want to die.')
    expect(joinSpacedLetters('k-i-l-l myself')).toBe('kill myself')
  })

  it('keeps short runs of single-letter words', () => {
    expect(joinSpacedLetters('y a mi me gusta')).toBe('y a mi me gusta')
  })

  it('handles a very long run in one pass', () => {
    const long = Array.from({ length: 20_000 }, () => 'a').join(' ') + ' bb'
    expect(joinSpacedLetters(long)).toBe(`${'a'.repeat(20_000)} bb`)
  })
})

describe('foldLookAlikes', () => {
  it('maps look-alike letters to Latin and keeps other characters', () => {
    expect(foldLookAlikes('Рау ΝΟԜ 😀 ü')).toBe('pay now 😀 ü')
  })
})

describe('cleanText', () => {
  it('keeps case and accents but removes invisible characters', () => {
    expect(cleanText('Café\u200B  ｊｏｈｎ@exa\u00ADmple.com')).toBe('Café john@example.com')
  })
})
