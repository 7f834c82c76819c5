import { DEFAULT_CATEGORIES, PRIORITIES, SENTIMENTS, TICKET_TYPES } from '@deskmate/shared'
import type { Intent, Labels, Mood } from './types.ts'

const isOneOf = (values: readonly string[], value: string | undefined): boolean =>
  value !== undefined && values.includes(value)

/** Parses "category priority type sentiment" and rejects anything outside the label sets. */
export const parseLabels = (spec: string): Labels => {
  const [category, priority, type, sentiment, ...rest] = spec.trim().split(/\s+/)
  const isValid =
    rest.length === 0 &&
    isOneOf(DEFAULT_CATEGORIES, category) &&
    isOneOf(PRIORITIES, priority) &&
    isOneOf(TICKET_TYPES, type) &&
    isOneOf(SENTIMENTS, sentiment)
  if (!isValid) throw new Error(`Invalid labels "${spec}"`)
  return { category, priority, type, sentiment } as Labels
}

/**
 * Declares an intent from "category priority type", the honest moods and its sentences.
 * @example defineIntent('billing low task', ['calm'], ['Invoice copy'], ['Please send invoice {invoice}.'])
 */
export const defineIntent = (
  spec: string,
  moods: readonly Mood[],
  subjects: readonly string[],
  bodies: readonly string[],
): Intent => {
  const { category, priority, type } = parseLabels(`${spec} neutral`)
  if (moods.length === 0 || subjects.length === 0 || bodies.length === 0)
    throw new Error(`Intent "${spec}" needs moods, subjects and bodies`)
  return { category, priority, type, moods, subjects, bodies }
}
