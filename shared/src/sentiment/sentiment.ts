/** The five sentiment labels, most negative first. */
export const SENTIMENTS = ['very_negative', 'negative', 'neutral', 'positive', 'very_positive'] as const
export type SentimentLabel = (typeof SENTIMENTS)[number]

/**
 * Maps a score in [-1, 1] to one of the five labels.
 * @example sentimentLabel(-0.8) // 'very_negative'
 */
export const sentimentLabel = (score: number): SentimentLabel => {
  if (score <= -0.6) return 'very_negative'
  if (score <= -0.2) return 'negative'
  if (score < 0.2) return 'neutral'
  if (score < 0.6) return 'positive'
  return 'very_positive'
}

/** Clamps a number into the sentiment scale [-1, 1]. */
export const clampScore = (score: number): number => Math.max(-1, Math.min(1, score))
