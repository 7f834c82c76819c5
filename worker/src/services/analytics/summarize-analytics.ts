import type { AnalyticsCount, AnalyticsDay, AnalyticsResponse } from '@deskmate/shared'
import type { DailyCounters } from '../../db/analytics-repo.ts'
import { ANALYTICS_ASSUMPTIONS } from './analytics-assumptions.ts'
import { SENTIMENT_SCALE } from './analytics-increments.ts'

/** What the summary reads besides the counters. */
export type SummaryInput = {
  from: string
  to: string
  days: DailyCounters[]
  dailyTokenBudget: number
}

const sum = (days: readonly DailyCounters[]): Record<string, number> => {
  const totals: Record<string, number> = {}
  for (const { counters } of days) {
    for (const [key, value] of Object.entries(counters)) totals[key] = (totals[key] ?? 0) + value
  }
  return totals
}

/** The counters named `prefix:…`, largest first. */
const mix = (totals: Record<string, number>, prefix: string): AnalyticsCount[] =>
  Object.entries(totals)
    .filter(([key, count]) => key.startsWith(`${prefix}:`) && count > 0)
    .map(([key, count]) => ({ key: key.slice(prefix.length + 1), count }))
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key))

const dayOf = ({ day, counters }: DailyCounters): AnalyticsDay => {
  const analysed = counters.analysed ?? 0
  return {
    day,
    decisions: counters.decisions ?? 0,
    autoReplied: counters['decision:auto_replied'] ?? 0,
    draftNoted: counters['decision:draft_noted'] ?? 0,
    escalated: counters['decision:escalated'] ?? 0,
    sentiment: analysed > 0 ? (counters.sentimentScore ?? 0) / SENTIMENT_SCALE / analysed : null,
  }
}

const daysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1

const per1000 = (value: number, tickets: number): number | null =>
  tickets > 0 ? (value * 1000) / tickets : null

/**
 * The console's analytics from the daily counters of a range.
 * @example summarizeAnalytics({ from: '2026-11-01', to: '2026-11-30', days: [], dailyTokenBudget: 0 }).totals.decisions // 0
 */
export const summarizeAnalytics = (input: SummaryInput): Omit<AnalyticsResponse, 'csat'> => {
  const totals = sum(input.days)
  const count = (key: string): number => totals[key] ?? 0
  const decisions = count('decisions')
  const autoReplied = count('decision:auto_replied')
  const draftNoted = count('decision:draft_noted')
  const atRisk = count('sla:at_risk')
  const breached = count('sla:breached')
  const measured = mix(totals, 'sla').reduce((all, item) => all + item.count, 0)
  const tokens = count('tokens')
  const costUsd = (tokens / 1_000_000) * ANALYTICS_ASSUMPTIONS.usdPerMillionTokens
  const { minutesPerAutoReply, minutesPerDraftNote, usdPerMillionTokens } = ANALYTICS_ASSUMPTIONS
  return {
    from: input.from,
    to: input.to,
    totals: {
      decisions,
      autoReplied,
      draftNoted,
      escalated: count('decision:escalated'),
      skipped: count('decision:skipped'),
      failed: count('decision:failed'),
      automationRate: decisions > 0 ? autoReplied / decisions : null,
    },
    series: input.days.map(dayOf),
    reasons: mix(totals, 'reason'),
    categories: mix(totals, 'category'),
    languages: mix(totals, 'language'),
    channels: mix(totals, 'channel'),
    sentiments: mix(totals, 'sentiment'),
    sla: { measured, atRisk, breached, compliance: measured > 0 ? (measured - breached) / measured : null },
    articles: mix(totals, 'article').map(({ key, count: n }) => ({ id: key, title: null, count: n })),
    llm: {
      tokens,
      tokensPer1000Tickets: per1000(tokens, decisions),
      costUsd,
      costPer1000TicketsUsd: per1000(costUsd, decisions),
      usdPerMillionTokens,
      dailyTokenBudget: input.dailyTokenBudget,
      budgetShare:
        input.dailyTokenBudget > 0
          ? tokens / daysBetween(input.from, input.to) / input.dailyTokenBudget
          : null,
    },
    timeSaved: {
      minutes: autoReplied * minutesPerAutoReply + draftNoted * minutesPerDraftNote,
      minutesPerAutoReply,
      minutesPerDraftNote,
    },
  }
}
