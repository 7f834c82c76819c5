import type { Decision, Reason } from '@deskmate/shared'
import type { DecisionFacts } from './decision-facts.ts'

/** The most reasons and cited articles one decision adds counters for (a statement binds ≤ 100 values). */
export const MAX_COUNTED = { reasons: 8, articles: 5 } as const

/** Sentiment scores are summed in thousandths, so the counters stay integers. */
export const SENTIMENT_SCALE = 1000

/** A counter's name part: the characters a JSON path takes unquoted-safe, at most 80 of them. */
export const counterKey = (value: string): string => value.replace(/[^\w.-]/g, '_').slice(0, 80) || '_'

/**
 * The daily counters one decision adds to: the decision, each reason, and, when the ticket was analysed, its
 * category, language, sentiment, channel, SLA state and cited articles; plus its LLM tokens.
 * @example analyticsIncrements({ decision: 'escalated', reasons: [], tokens: 0 })['decision:escalated'] // 1
 */
export const analyticsIncrements = (entry: {
  decision: Decision
  reasons: readonly Reason[]
  tokens: number
  facts?: DecisionFacts | undefined
}): Record<string, number> => {
  const counts: Record<string, number> = { decisions: 1, [`decision:${entry.decision}`]: 1 }
  const add = (key: string, by = 1): void => void (counts[key] = (counts[key] ?? 0) + by)
  if (entry.tokens > 0) add('tokens', entry.tokens)
  const codes = new Set(entry.reasons.map((reason) => counterKey(reason.code)))
  for (const code of [...codes].slice(0, MAX_COUNTED.reasons)) add(`reason:${code}`)
  const facts = entry.facts
  if (!facts) return counts
  add('analysed')
  add(`category:${counterKey(facts.category)}`)
  add(`language:${counterKey(facts.language)}`)
  add(`sentiment:${counterKey(facts.sentiment)}`)
  add('sentimentScore', Math.round(facts.sentimentScore * SENTIMENT_SCALE))
  add(`channel:${counterKey(facts.channel)}`)
  if (facts.sla) add(`sla:${facts.sla}`)
  for (const id of [...new Set(facts.articleIds)].slice(0, MAX_COUNTED.articles))
    add(`article:${counterKey(id)}`)
  return counts
}
