/** Kinds of personal data removed before any text leaves for an LLM. */
export const PII_KINDS = ['email', 'card', 'iban', 'phone', 'ip', 'ssn'] as const
export type PiiKind = (typeof PII_KINDS)[number]

/** Luhn checksum: keeps 16-digit order numbers from being taken for cards. */
const isLuhnValid = (digits: string): boolean => {
  let sum = 0
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i])
    if (i % 2 === 1) {
      d *= 2
      if (d > 9) d -= 9
    }
    sum += d
  }
  return sum % 10 === 0
}

const DATE = /^(\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4})$/

// Order matters: IBANs and cards before phones, which would otherwise match their digit runs.
const PATTERNS: ReadonlyArray<{ kind: PiiKind; re: RegExp; accept?: (m: string) => boolean }> = [
  { kind: 'email', re: /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu },
  { kind: 'iban', re: /\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,4})?\b/g },
  {
    kind: 'card',
    re: /\b\d(?:[ -]?\d){12,18}\b/g,
    accept: (m) => isLuhnValid(m.replace(/\D/g, '')),
  },
  { kind: 'ssn', re: /\b\d{3}-\d{2}-\d{4}\b/g },
  { kind: 'ip', re: /\b(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)\b/g },
  {
    kind: 'phone',
    re: /(?<![\w/])(?:\+\d{1,3}[ .-]?)?(?:\(\d{1,4}\)[ .-]?)?\d{2,4}(?:[ .-]?\d{2,4}){2,4}(?![\w/])/g,
    accept: (m) => {
      const digits = m.replace(/\D/g, '')
      if (DATE.test(m.trim())) return false
      return digits.length >= 8 && digits.length <= 15 && (/[+() .-]/.test(m) || digits.length >= 10)
    },
  },
]

/** The redacted text and how many items of each kind were removed. */
export type Redaction = { text: string; counts: Partial<Record<PiiKind, number>> }

/**
 * Replaces emails, card numbers, IBANs, phone numbers, IP addresses and SSNs with placeholders.
 * @example redactPii('mail me at a@b.com').text // 'mail me at [email]'
 */
export const redactPii = (input: string): Redaction => {
  const counts: Partial<Record<PiiKind, number>> = {}
  let text = input
  for (const { kind, re, accept } of PATTERNS) {
    text = text.replace(re, (match) => {
      if (accept && !accept(match)) return match
      counts[kind] = (counts[kind] ?? 0) + 1
      return `[${kind}]`
    })
  }
  return { text, counts }
}
