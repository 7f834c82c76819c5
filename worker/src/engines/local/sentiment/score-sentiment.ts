import { clampScore, sentimentLabel, type Sentiment } from '@deskmate/shared'
import { normalizeText } from '../text/normalize-text.ts'

/** Where each known training label sits on the [-1, 1] scale (CSAT 1–5 included). */
const LABEL_VALUES: Record<string, number> = {
  very_negative: -1,
  negative: -1,
  neutral: 0,
  positive: 1,
  very_positive: 1,
  '1': -1,
  '2': -0.5,
  '3': 0,
  '4': 0.5,
  '5': 1,
}

/** Five-label models keep their finer scale: "negative" is only half-way down. */
const FIVE_LABEL_VALUES: Record<string, number> = { negative: -0.5, positive: 0.5 }

/** Matched against normalized text (lowercase, no diacritics); stems with any ending stand first, without `\w*\b`. */
const FRUSTRATION_CUES =
  /\b(?:frustrat|annoy|disappoint|frustrad|frustre|enttausch|decepcion|decu|decepcionad|(?:ridiculous|unacceptable|fed up|sick of|furious|angry|worst|terrible|horrible|awful|useless|still (?:not|no|waiting|broken)|(?:third|fourth|fifth|3rd|4th|5th) time|again and again|no one (?:has )?(?:replied|answered|responded)|nobody (?:replied|answered|responds)|wasted|joke|scam|inacceptable|inaceptable|inaceitavel|inaccettabile|unverschamt|argerlich|harto|marre|schon wieder|toujours pas|todavia no|ainda nao)\b)/

const URGENCY_CUES =
  /\b(?:urgent|dringend|urgente|inmediat|imediat|(?:asap|as soon as possible|immediately|right away|emergency|critical|production (?:is )?down|outage|deadline|sofort|notfall|umgehend|cuanto antes|lo antes posible|immediatement|des que possible|tout de suite|o mais rapido)\b)/

/** Turns class probabilities into a score in [-1, 1]: the expected value of the labels' positions. */
export const sentimentScore = (labels: readonly string[], probabilities: ArrayLike<number>): number => {
  const isFiveLabel = labels.includes('very_negative') || labels.includes('very_positive')
  let score = 0
  labels.forEach((label, i) => {
    const value = (isFiveLabel ? FIVE_LABEL_VALUES[label] : undefined) ?? LABEL_VALUES[label] ?? 0
    score += value * (probabilities[i] as number)
  })
  return clampScore(score)
}

/** Builds the sentiment answer: score, label and the frustration and urgency flags. */
export const describeSentiment = (text: string, score: number): Sentiment => {
  const normalized = normalizeText(text)
  const exclamations = (text.match(/!/g) ?? []).length
  const shouting = (text.match(/\b[A-Z]{4,}\b/g) ?? []).length
  const hasCue = FRUSTRATION_CUES.test(normalized)
  const frustrated = (hasCue && score < 0) || (score <= -0.6 && (exclamations >= 2 || shouting >= 2))
  const rounded = Number(score.toFixed(3))
  return {
    score: rounded,
    label: sentimentLabel(rounded),
    frustrated,
    urgent: URGENCY_CUES.test(normalized),
  }
}
