import { EMAIL_PATTERN, type Entities } from '@deskmate/shared'

const URL = /\bhttps?:\/\/[^\s<>"')\]]+/gi
// Blanks between a keyword and its value are bounded: `\s*` runs backtrack quadratically ("error" + 20,000 spaces).
const ORDER =
  /\b(?:order|bestellung|pedido|commande|encomenda|ordine)(?:\s{0,3}(?:number|no\.?|nr\.?|n[º°o]\.?|#|id|nummer|numero|número|num\.?))?\s{0,3}[:#]?\s{0,3}([A-Z0-9][A-Z0-9-]{3,24})\b/giu
const HASH_ORDER = /(?<![\w&])#([0-9]{4,12})\b/g
const INVOICE =
  /\b(?:invoice|rechnung|factura|facture|fatura|fattura)(?:\s{0,3}(?:number|no\.?|nr\.?|n[º°o]\.?|#|id|nummer|numero|número))?\s{0,3}[:#]?\s{0,3}([A-Z0-9][A-Z0-9/-]{3,24})\b/giu
const INVOICE_ID = /\b(INV[-_]?[0-9A-Z]{3,16})\b/gi
const ERROR_CODES = [
  /\b(?:error|fehler|erreur|errore|erro)(?:\s{0,3}(?:code|cod\.?|código))?\s{0,3}[:#]?\s{0,3}([A-Z]{0,6}[-_]?[0-9]{2,6}[A-Z]?)\b/giu,
  /\b((?:ERR|E)[-_][A-Z0-9_]{2,20})\b/g,
  /\b(0x[0-9A-F]{6,8})\b/gi,
  /\bHTTP\s{0,3}([45][0-9]{2})\b/gi,
  /\b([45][0-9]{2})\s{1,3}(?:error|bad request|unauthorized|forbidden|not found|internal server error|bad gateway|service unavailable|gateway timeout)\b/gi,
  /\b(ERR_[A-Z_]{3,40})\b/g,
]

const TRAILING_PUNCTUATION = new Set(['.', ',', ';', ':', '!', '?'])

/** Drops the sentence punctuation a URL ends with (a scan from the end: `/[.,;:!?]+$/` is quadratic). */
const trimTrailingPunctuation = (url: string): string => {
  let end = url.length
  while (end > 0 && TRAILING_PUNCTUATION.has(url[end - 1] as string)) end--
  return url.slice(0, end)
}

const unique = (values: string[]): string[] => [...new Set(values)].slice(0, 20)

const captures = (text: string, pattern: RegExp): string[] =>
  [...text.matchAll(pattern)].map((match) => match[1] ?? match[0]).filter((value) => /\d/.test(value))

/** Finds order numbers, invoice ids, emails, error codes and URLs in ticket text. */
export const extractEntities = (text: string): Entities => {
  const sample = text.slice(0, 20_000)
  const urls = unique((sample.match(URL) ?? []).map(trimTrailingPunctuation))
  const withoutUrls = sample.replace(URL, ' ')
  const invoiceIds = unique([...captures(withoutUrls, INVOICE), ...captures(withoutUrls, INVOICE_ID)])
  const orderNumbers = unique([...captures(withoutUrls, ORDER), ...captures(withoutUrls, HASH_ORDER)]).filter(
    (value) => !invoiceIds.includes(value),
  )
  return {
    orderNumbers,
    invoiceIds,
    emails: unique([...withoutUrls.matchAll(EMAIL_PATTERN)].map((match) => match.groups?.pii ?? match[0])),
    errorCodes: unique(ERROR_CODES.flatMap((pattern) => captures(withoutUrls, pattern))),
    urls,
  }
}
