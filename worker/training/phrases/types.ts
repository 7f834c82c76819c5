import type {
  DefaultCategory,
  Priority,
  SentimentLabel,
  SupportedLanguage,
  TicketType,
} from '@deskmate/shared'

/** The labels of one training example. */
export type Labels = {
  category: DefaultCategory
  priority: Priority
  type: TicketType
  sentiment: SentimentLabel
}

/** One line of default-examples.jsonl. */
export type Example = { text: string; lang: SupportedLanguage } & Labels

/** How the customer sounds; each mood sets the sentiment and may raise the priority. */
export const MOODS = ['calm', 'polite', 'delighted', 'annoyed', 'furious', 'urgent'] as const
export type Mood = (typeof MOODS)[number]

/** Sentences that give a ticket its mood: one opener before the body, one closer after it. */
export type Tone = { openers: readonly string[]; closers: readonly string[] }

/**
 * A family of tickets that mean the same thing. The generator combines a subject, a body, a mood and
 * slot values; `moods` lists only the moods an honest customer could write this ticket in. When
 * `subjects` and `bodies` have the same length they are parallel: subject i goes with body i.
 */
export type Intent = {
  category: DefaultCategory
  type: TicketType
  priority: Priority
  moods: readonly Mood[]
  subjects: readonly string[]
  bodies: readonly string[]
}

/**
 * Everything one language contributes: tones per mood, slot values for `{placeholders}`, intents
 * to combine, and full tickets written by hand as "category priority type sentiment | subject\nbody".
 */
export type LanguagePack = {
  lang: SupportedLanguage
  tones: Record<Mood, Tone>
  slots: Record<string, readonly string[]>
  intents: readonly Intent[]
  written: readonly string[]
  perIntent: number
}
