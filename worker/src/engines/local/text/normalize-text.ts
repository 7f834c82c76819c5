/** Longest text the local engine reads; the rest of a long ticket adds cost, not signal. */
export const MAX_TEXT_CHARS = 4_000

const COMBINING_MARKS = /[\u0300-\u036f]/g
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu

/** Lowercases, strips diacritics and collapses whitespace, so "Café" and "cafe" share features. */
export const normalizeText = (text: string): string =>
  text
    .slice(0, MAX_TEXT_CHARS)
    .toLowerCase()
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .replace(/\s+/g, ' ')
    .trim()

/** Splits normalized text into word tokens (letters and digits). */
export const splitWords = (normalized: string): string[] => normalized.match(WORD) ?? []
