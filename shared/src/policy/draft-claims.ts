import { foldText } from './sensitive-topics.ts'

/** Kinds of checkable fact a draft can state. */
export const CLAIM_KINDS = ['url', 'email', 'phone', 'price', 'date'] as const
export type ClaimKind = (typeof CLAIM_KINDS)[number]

/** One fact found in a text: what it looked like and the key it is compared by. */
export type Claim = { kind: ClaimKind; value: string; key: string }

// Every pattern below is linear: character classes that cannot overlap the next token, bounded repeats.
const URL = /\bhttps?:\/\/[^\s<>"'`()[\]{}]{1,2000}|\bwww\.[^\s<>"'`()[\]{}]{1,2000}/gi
const EMAIL = /[^\s@<>()[\]"',;:]{1,64}@[^\s@<>()[\]"',;:]{1,253}/g
const PHONE = /(?<![\p{L}\p{N}\-/.:#])(?:\+|00)?\(?\d[\d ().-]{5,22}\d(?![\p{L}\p{N}])/gu
const CURRENCY = String.raw`(?:US\$|R\$|[$€£¥]|\b(?:usd|eur|gbp|brl|chf|cad|aud)\b)`
const CURRENCY_WORD = String.raw`(?:[$€£¥]|\b(?:usd|eur|gbp|brl|chf|cad|aud|euros?|dollars?|dolares|reais|pounds?|franken|francs?)\b)`
const AMOUNT = String.raw`\d[\d.,']{0,14}\d|\d`
const PRICE_BEFORE = new RegExp(String.raw`${CURRENCY}\s?(${AMOUNT})`, 'giu')
const PRICE_AFTER = new RegExp(String.raw`(?<![\d.,])(${AMOUNT})\s?${CURRENCY_WORD}`, 'giu')
const ISO_DATE = /\b(\d{4})-(\d{1,2})-(\d{1,2})\b/g
const NUMERIC_DATE = /\b(\d{1,2})[./](\d{1,2})[./](\d{2}|\d{4})\b/g

const MONTHS: Record<string, number> = {}
const MONTH_NAMES = [
  'january jan januar janvier enero janeiro',
  'february feb februar fevrier febrero fevereiro',
  'march mar marz mars marzo marco',
  'april apr avril abril',
  'may mai mayo maio',
  'june jun juni juin junio junho',
  'july jul juli juillet julio julho',
  'august aug aout agosto',
  'september sep sept septembre septiembre setiembre setembro',
  'october oct oktober octobre octubre outubro',
  'november nov novembre noviembre novembro',
  'december dec dezember decembre diciembre dezembro',
]
MONTH_NAMES.forEach((names, i) => names.split(' ').forEach((name) => (MONTHS[name] = i + 1)))
const MONTH = `(${Object.keys(MONTHS).join('|')})`
const DAY_MONTH = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th|er|o|\.)?\s(?:of\s|de\s)?${MONTH}\b`, 'g')
const MONTH_DAY = new RegExp(String.raw`\b${MONTH}\.?\s(\d{1,2})(?:st|nd|rd|th)?\b`, 'g')

/** The patterns this file builds at run time (the linearity check reads them). */
export const CLAIM_PATTERNS: readonly RegExp[] = [PRICE_BEFORE, PRICE_AFTER, DAY_MONTH, MONTH_DAY]

/** Drops trailing characters of `chars` with one backward scan (an anchored `[…]+$` would be quadratic). */
const trimEnd = (value: string, chars: string): string => {
  let end = value.length
  while (end > 0 && chars.includes(value[end - 1] as string)) end--
  return value.slice(0, end)
}

const trimTail = (value: string): string => trimEnd(value, `.,;:!?'"»”)]`)

const digitsOf = (value: string): string => value.replace(/\D/g, '').replace(/^00/, '')

/** `1.234,56`, `1,234.56`, `12,99`, `1 200` → cents, or null when it is no amount. */
const amountKey = (raw: string): string | null => {
  const text = raw.replace(/'/g, '')
  const decimal = /[.,](\d{1,2})$/.exec(text)
  const whole = (decimal ? text.slice(0, decimal.index) : text).replace(/[.,]/g, '')
  if (!/^\d+$/.test(whole)) return null
  const cents = decimal ? (decimal[1] ?? '').padEnd(2, '0') : '00'
  return `${Number(whole)}.${cents}`
}

const dayMonthKey = (day: number, month: number): string | null =>
  day >= 1 && day <= 31 && month >= 1 && month <= 12 ? `${month}-${day}` : null

const urlKey = (url: string): string =>
  trimEnd(
    url
      .toLowerCase()
      .replace(/^https?:\/\//, '')
      .replace(/^www\./, ''),
    '/',
  )

/** URLs, emails, phone numbers, prices and dates in a text (any of the five languages). */
export const extractClaims = (text: string): Claim[] => {
  const claims: Claim[] = []
  const add = (kind: ClaimKind, value: string, key: string | null) => {
    if (key) claims.push({ kind, value: value.trim(), key })
  }
  for (const [match] of text.matchAll(URL)) add('url', trimTail(match), urlKey(trimTail(match)))
  const withoutUrls = text.replace(URL, ' ')
  for (const [match] of withoutUrls.matchAll(EMAIL)) {
    const email = trimTail(match)
    const domain = email.slice(email.indexOf('@') + 1)
    if (/^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+$/u.test(domain)) add('email', email, email.toLowerCase())
  }
  const plain = withoutUrls.replace(EMAIL, ' ')
  for (const [match] of plain.matchAll(PHONE)) {
    const digits = digitsOf(match)
    const isDateLike = /^\d{4}-\d{1,2}-\d{1,2}$|^\d{1,2}[./]\d{1,2}[./]\d{2,4}$|^\d{4} ?- ?\d{4}$/.test(
      match.trim(),
    )
    if (!isDateLike && digits.length >= 7 && digits.length <= 15) add('phone', match, digits)
  }
  for (const m of plain.matchAll(PRICE_BEFORE)) add('price', m[0], amountKey(m[1] ?? ''))
  const folded = foldText(plain)
  for (const m of folded.matchAll(PRICE_AFTER)) add('price', m[0], amountKey(m[1] ?? ''))
  for (const m of plain.matchAll(ISO_DATE)) add('date', m[0], dayMonthKey(Number(m[3]), Number(m[2])))
  for (const m of plain.matchAll(NUMERIC_DATE)) {
    // 03/04 is 3 April or March 4: both readings count as stated.
    add('date', m[0], dayMonthKey(Number(m[1]), Number(m[2])))
    add('date', m[0], dayMonthKey(Number(m[2]), Number(m[1])))
  }
  for (const m of folded.matchAll(DAY_MONTH))
    add('date', m[0], dayMonthKey(Number(m[1]), MONTHS[m[2] ?? ''] ?? 0))
  for (const m of folded.matchAll(MONTH_DAY))
    add('date', m[0], dayMonthKey(Number(m[2]), MONTHS[m[1] ?? ''] ?? 0))
  return claims
}

/** True when `claim` is stated among `known` claims (phones match on their last seven or more digits). */
export const isClaimKnown = (claim: Claim, known: readonly Claim[]): boolean =>
  known.some((other) => {
    if (other.kind !== claim.kind) return false
    if (claim.kind !== 'phone') return other.key === claim.key
    const [short, long] =
      other.key.length < claim.key.length ? [other.key, claim.key] : [claim.key, other.key]
    return short.length >= 7 && long.endsWith(short)
  })
