import { auroc, scoreDecisions, type AnswerOutcome } from './answer-metrics.ts'
import type { FaqResult } from './evaluate-faq.ts'
import { round, scoreLabels } from './metrics.ts'

/** A FAQ result and whether its right article was in the KB at all. */
export type FaqOutcome = FaqResult & { isAnswerable: boolean }

/** Mean |confidence − correctness| over ten confidence bins (expected calibration error). */
const calibrationError = (outcomes: AnswerOutcome[]): number => {
  const bins = Array.from({ length: 10 }, () => ({ confidence: 0, correct: 0 }))
  for (const outcome of outcomes) {
    const bin = bins[Math.min(9, Math.floor(outcome.confidence * 10))]!
    bin.confidence += outcome.confidence
    bin.correct += outcome.isRight ? 1 : 0
  }
  return bins.reduce((sum, bin) => sum + Math.abs(bin.confidence - bin.correct), 0) / outcomes.length
}

/**
 * The summary figures of the FAQ evaluation: recall@1/@3 and macro-F1 over the answerable questions; with
 * unanswerable questions, also what answering at the tenant's threshold does (false answers, coverage,
 * precision, right and confident) and the AUROC of the confidence for "the top article is right".
 */
export const summarizeFaq = (results: FaqOutcome[], threshold: number, hasUnanswerable: boolean) => {
  const answerable = results.filter((r) => r.isAnswerable)
  const at = (k: number) =>
    answerable.filter((r) => r.ranked.slice(0, k).includes(r.truth)).length / answerable.length
  const { macroF1 } = scoreLabels(
    answerable.map((r) => r.truth),
    answerable.map((r) => r.ranked[0] ?? ''),
  )
  const outcomes: AnswerOutcome[] = results.map((r) => ({
    isRight: r.ranked[0] === r.truth,
    isAnswerable: r.isAnswerable,
    confidence: r.confidence,
  }))
  const base = {
    accuracy: round(at(1)),
    macroF1: round(macroF1),
    'recall@1': round(at(1)),
    'recall@3': round(at(3)),
  }
  if (!hasUnanswerable) return { ...base, ece: round(calibrationError(outcomes)) }
  const decisions = scoreDecisions(outcomes, threshold)
  return {
    ...base,
    answerable: answerable.length,
    unanswerableQuestions: results.length - answerable.length,
    threshold,
    falseAnswerRate: round(decisions.falseAnswerRate),
    coverage: round(decisions.coverage),
    precision: round(decisions.precision),
    rightAndConfident: round(decisions.rightAndConfident),
    auroc: round(auroc(outcomes)),
    ece: round(calibrationError(outcomes)),
  }
}
