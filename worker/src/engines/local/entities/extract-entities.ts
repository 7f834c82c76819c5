import type { Entities } from '@deskmate/shared'

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu
const URL = /\bhttps?:\/\/[^\s<>"')\]]+/gi
const ORDER =
  /\b(?:order|bestellung|pedido|commande|encomenda|ordine)(?:\s*(?:number|no\.?|nr\.?|n[º°o]\.?|#|id|nummer|numero|número|num\.?))?\s*[:#]?\s*([A-Z0-9][A-Z0-9-]{3,24})\b/giu
const HASH_ORDER = /(?<![\w&])#([0-9]{4,12})\b/g
const INVOICE =
  /\b(?:invoice|rechnung|factura|facture|fatura|fattura)(?:\s*(?:number|no\.?|nr\.?|n[º°o]\.?|#|id|nummer|numero|número))?\s*[:#]?\s*([A-Z0-9][A-Z0-9/-]{3,24})\b/giu
const INVOICE_ID = /\b(INV[-_]?[0-9A-Z]{3,16})\b/gi
const ERROR_CODES = [
  /\b(?:error|fehler|erreur|errore|erro)(?:\s*(?:code|cod\.?|código))?\s*[:#]?\s*([A-Z]{0,6}[-_]?[0-9]{2,6}[A-Z]?)\b/giu,
  /\b((?:ERR|E)[-_][A-Z0-9_]{2,20})\b/g,
  /\b(0x[0-9A-F]{6,8})\b/gi,
  /\bHTTP\s*([45][0-9]{2})\b/gi,
  /\b([45][0-9]{2})\s+(?:error|bad request|unauthorized|forbidden|not found|internal server error|bad gateway|service unavailable|gateway timeout)\b/gi,
  /\b(ERR_[A-Z_]{3,40})\b/g,
]

const unique = (values: string[]): string[] => [...new Set(values)].slice(0, 20)

const captures = (text: string, pattern: RegExp): string[] =>
  [...text.matchAll(pattern)].map((match) => match[1] ?? match[0]).filter((value) => /\d/.test(value))

/** Finds order numbers, invoice ids, emails, error codes and URLs in ticket text. */
export const extractEntities = (text: string): Entities => {
  const sample = text.slice(0, 20_000)
  const urls = unique((sample.match(URL) ?? []).map((url) => url.replace(/[.,;:!?]+$/, '')))
  const withoutUrls = sample.replace(URL, ' ')
  const invoiceIds = unique([...captures(withoutUrls, INVOICE), ...captures(withoutUrls, INVOICE_ID)])
  const orderNumbers = unique([...captures(withoutUrls, ORDER), ...captures(withoutUrls, HASH_ORDER)]).filter(
    (value) => !invoiceIds.includes(value),
  )
  return {
    orderNumbers,
    invoiceIds,
    emails: unique(withoutUrls.match(EMAIL) ?? []),
    errorCodes: unique(ERROR_CODES.flatMap((pattern) => captures(withoutUrls, pattern))),
    urls,
  }
}
