import { eld } from 'eld/small'

/** Languages a helpdesk most often receives; their scores get a small prior so short texts lean to them. */
export const LIKELY_LANGUAGES = ['en', 'de', 'es', 'fr', 'pt', 'it', 'nl'] as const

/** How much a likely language's score is boosted (1 = no prior). */
const LIKELY_PRIOR = 1.15

const detector = eld.newInstance()

/** A detected language with a confidence in [0, 1]. */
export type DetectedLanguage = { code: string; confidence: number }

/**
 * Detects the language of a text with ELD (small n-gram database), leaning towards `likely` languages.
 * Returns code 'und' with confidence 0 when nothing is recognised.
 */
export const detectLanguage = (
  text: string,
  likely: readonly string[] = LIKELY_LANGUAGES,
): DetectedLanguage => {
  const scores = detector.detect(text.slice(0, 1_000)).getScores()
  let best = 'und'
  let bestScore = 0
  let total = 0
  for (const [code, score] of Object.entries(scores)) {
    const weighted = likely.includes(code) ? score * LIKELY_PRIOR : score
    total += weighted
    if (weighted > bestScore) {
      best = code
      bestScore = weighted
    }
  }
  // ELD scores are not probabilities; the winner's share of the summed scores, sharpened, is a usable proxy.
  const share = total > 0 ? bestScore / total : 0
  return { code: best, confidence: Number(Math.min(1, Math.sqrt(share)).toFixed(3)) }
}
