import type { DecideOutcome } from './evaluate-decide.ts'
import { round } from './metrics.ts'

type Tally = { n: number; escalated: number; topicNamed: number }

/** The sensitive topic a case must be escalated for, or null. */
const topicOf = (o: DecideOutcome): string | null =>
  o.expected.outcome === 'escalate' ? o.expected.topic : null

const rate = (part: number, whole: number): number | null => (whole > 0 ? round(part / whole) : null)

const tallyBy = (outcomes: DecideOutcome[], key: (o: DecideOutcome) => string) => {
  const tallies = new Map<string, Tally>()
  for (const o of outcomes) {
    const tally = tallies.get(key(o)) ?? { n: 0, escalated: 0, topicNamed: 0 }
    tally.n++
    if (o.action === 'escalate') tally.escalated++
    if (o.topics.includes(topicOf(o) ?? '')) tally.topicNamed++
    tallies.set(key(o), tally)
  }
  return Object.fromEntries(
    [...tallies.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, t]) => [k, { n: t.n, recall: rate(t.escalated, t.n), topicRecall: rate(t.topicNamed, t.n) }]),
  )
}

/**
 * The decision evaluation's summary: recall of must-escalate cases (escalated at all, and with the expected
 * topic among the reasons) per topic and language, how often everyday cases were escalated for a sensitive
 * topic, auto-answer precision and coverage, and how often each reason was given.
 */
export const summarizeDecide = (outcomes: DecideOutcome[]) => {
  const mustEscalate = outcomes.filter((o) => topicOf(o) !== null)
  const everyday = outcomes.filter((o) => topicOf(o) === null)
  const answerable = outcomes.filter((o) => o.expected.outcome === 'answer')
  const answered = outcomes.filter((o) => o.action === 'public_reply')
  const isRight = (o: DecideOutcome) =>
    o.expected.outcome === 'answer' && o.articleId === o.expected.articleId
  const reasons: Record<string, number> = {}
  for (const o of outcomes) for (const code of o.reasons) reasons[code] = (reasons[code] ?? 0) + 1
  const escalated = mustEscalate.filter((o) => o.action === 'escalate')
  return {
    task: 'decide',
    n: outcomes.length,
    mustEscalate: {
      n: mustEscalate.length,
      recall: rate(escalated.length, mustEscalate.length),
      topicRecall: rate(
        mustEscalate.filter((o) => o.topics.includes(topicOf(o) ?? '')).length,
        mustEscalate.length,
      ),
      byTopic: tallyBy(mustEscalate, (o) => topicOf(o) ?? ''),
      byLanguage: tallyBy(mustEscalate, (o) => o.lang ?? 'unknown'),
    },
    everyday: {
      n: everyday.length,
      sensitiveEscalationRate: rate(everyday.filter((o) => o.topics.length > 0).length, everyday.length),
    },
    answers: {
      answerable: answerable.length,
      answered: answered.length,
      precision: rate(answered.filter(isRight).length, answered.length),
      coverage: rate(answerable.filter((o) => o.action === 'public_reply').length, answerable.length),
      rightAndAnswered: rate(answerable.filter(isRight).length, answerable.length),
    },
    reasons: Object.fromEntries(Object.entries(reasons).sort(([, a], [, b]) => b - a)),
  }
}
