import { normalizeForMatching } from '../text/normalize-for-matching.ts'
import { CANCEL_PATTERNS, COMPLAINT_PATTERNS, TOPIC_PATTERNS } from './topic-patterns.ts'

/** Topics that always go to a human, whatever the mode and the confidence. */
export const SENSITIVE_TOPICS = [
  'legal_threat',
  'data_loss',
  'security_incident',
  'gdpr_request',
  'billing_dispute',
  'chargeback',
  'cancellation_complaint',
  'accessibility_discrimination',
  'self_harm',
  'violent_threat',
  'harassment',
  'prompt_injection',
  'mass_outage',
] as const
export type SensitiveTopic = (typeof SENSITIVE_TOPICS)[number]

/** Topics where a person may be in danger: they get the lowest thresholds and the first line of a note. */
export const SAFETY_TOPICS: readonly SensitiveTopic[] = ['self_harm', 'violent_threat']

let lastText: string | null = null
let lastFolded = ''

/**
 * The text as every check reads it (see `normalizeForMatching`), so one pattern covers "résilier",
 * "RESILIER" and "rе\u00ADsilier" with a Cyrillic е. The last text is folded once: the topic patterns, the
 * topic scorer and the outage check read the same ticket text one after another.
 */
export const foldText = (text: string): string => {
  if (text !== lastText) {
    lastFolded = normalizeForMatching(text)
    lastText = text
  }
  return lastFolded
}

const matchesAny = (patterns: readonly RegExp[], text: string): boolean =>
  patterns.some((re) => re.test(text))

/**
 * Finds the sensitive topics a ticket names outright, in any supported language and however it is disguised
 * (zero-width characters, soft hyphens, full-width or look-alike letters, spaced-out words). Paraphrases are
 * the trained topic scorer's part; the Worker unites both.
 * @example detectSensitiveTopics('I will sue you') // ['legal_threat']
 */
export const detectSensitiveTopics = (text: string): SensitiveTopic[] => {
  const folded = foldText(text)
  return SENSITIVE_TOPICS.filter((topic) =>
    topic === 'cancellation_complaint'
      ? matchesAny(CANCEL_PATTERNS, folded) && matchesAny(COMPLAINT_PATTERNS, folded)
      : matchesAny(TOPIC_PATTERNS[topic], folded),
  )
}
