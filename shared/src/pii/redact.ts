import { PII_RULES, type PiiKind } from './pii-patterns.ts'

export { EMAIL_PATTERN, PII_KINDS, type PiiKind } from './pii-patterns.ts'

/** The redacted text and how many items of each kind were removed. */
export type Redaction = { text: string; counts: Partial<Record<PiiKind, number>> }

type Groups = { pre?: string; pii?: string }

/**
 * Replaces passwords given in a sentence, emails, card numbers, IBANs, phone numbers, IP addresses (v4 and v6)
 * and SSNs with placeholders. The text is NFKC-normalised first, so full-width digits and letters are matched
 * (and sent) as their plain forms.
 * @example redactPii('mail me at a@b.com').text // 'mail me at [email]'
 */
export const redactPii = (input: string): Redaction => {
  const counts: Partial<Record<PiiKind, number>> = {}
  let text = input.normalize('NFKC')
  for (const { kind, re, pick } of PII_RULES) {
    text = text.replace(re, (match: string, ...args: unknown[]) => {
      const { pre = '', pii = match } = args.at(-1) as Groups
      const value = pick ? pick(pii) : pii
      if (value === null) return match
      counts[kind] = (counts[kind] ?? 0) + 1
      return `${pre}[${kind}]${match.slice(pre.length + value.length)}`
    })
  }
  return { text, counts }
}
