/** One question's outcome: was the top article right, could any article be, and how confident was retrieval. */
export type AnswerOutcome = { isRight: boolean; isAnswerable: boolean; confidence: number }

/** Area under the ROC curve of `confidence` for "the top article is right" (ties count half). */
export const auroc = (outcomes: AnswerOutcome[]): number => {
  const sorted = [...outcomes].sort((a, b) => a.confidence - b.confidence)
  let positives = 0
  let rankSum = 0
  for (let i = 0; i < sorted.length;) {
    let j = i
    while (j + 1 < sorted.length && sorted[j + 1]!.confidence === sorted[i]!.confidence) j++
    const rank = (i + j + 2) / 2
    for (let k = i; k <= j; k++) {
      if (sorted[k]!.isRight) {
        positives++
        rankSum += rank
      }
    }
    i = j + 1
  }
  const negatives = sorted.length - positives
  if (positives === 0 || negatives === 0) return Number.NaN
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives)
}

/** What answering at a confidence threshold does, as the auto-reply policy would. */
export type AnswerDecisions = {
  /** Unanswerable questions answered anyway, over unanswerable questions. */
  falseAnswerRate: number
  /** Questions answered, over all questions. */
  coverage: number
  /** Answered questions whose top article is right, over answered questions. */
  precision: number
  /** Answerable questions answered with the right article, over answerable questions. */
  rightAndConfident: number
}

const share = (count: number, total: number): number => (total === 0 ? Number.NaN : count / total)

/** Decision figures at `threshold` (answered when confidence ≥ threshold). */
export const scoreDecisions = (outcomes: AnswerOutcome[], threshold: number): AnswerDecisions => {
  const answered = outcomes.filter((o) => o.confidence >= threshold)
  const unanswerable = outcomes.filter((o) => !o.isAnswerable)
  const answerable = outcomes.filter((o) => o.isAnswerable)
  return {
    falseAnswerRate: share(answered.filter((o) => !o.isAnswerable).length, unanswerable.length),
    coverage: share(answered.length, outcomes.length),
    precision: share(answered.filter((o) => o.isRight).length, answered.length),
    rightAndConfident: share(answered.filter((o) => o.isRight && o.isAnswerable).length, answerable.length),
  }
}
