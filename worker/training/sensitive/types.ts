import type { SensitiveTopic, SupportedLanguage } from '@deskmate/shared'

/**
 * One language's part of the sensitive-topic set. Each family is one way of saying something, written as
 * "Subject | Body"; the generator renders every family twice (different greeting, sign-off and disguise), and
 * the held-out split takes whole families, so near-duplicates never straddle it. Benign families start with the
 * demo KB article that answers them ("reset-password-en | Subject | Body") or "-" when none does.
 */
export type LanguageSet = {
  lang: SupportedLanguage
  greetings: readonly string[]
  signOffs: readonly string[]
  names: readonly string[]
  escalate: Record<SensitiveTopic, readonly string[]>
  benign: readonly string[]
}

/** One rendered ticket of the set (a line of train.jsonl or held-out.jsonl). */
export type SensitiveExample = {
  id: string
  family: string
  lang: SupportedLanguage
  /** The topic a human must see, or null for an everyday ticket. */
  topic: SensitiveTopic | null
  /** The demo KB article that answers a benign ticket, when one does. */
  article: string | null
  /** How the text was disguised ("none", "zero-width", "soft-hyphen", "full-width", "look-alike", "spaced"). */
  disguise: string
  subject: string
  body: string
}
