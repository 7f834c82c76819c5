/**
 * The assumptions behind the analytics' estimates, documented in docs/CONSOLE.md. An automatic reply saves an
 * agent the whole first answer; a draft note saves the writing, not the review.
 */
export const ANALYTICS_ASSUMPTIONS = {
  minutesPerAutoReply: 6,
  minutesPerDraftNote: 3,
  /** A blended input/output price of the drafting model, in US dollars per million tokens. */
  usdPerMillionTokens: 3,
} as const
