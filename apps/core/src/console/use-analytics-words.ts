import { REASON_TEXT, reasonText, type AnalyticsResponse, type ReasonCode } from '@deskmate/shared'
import { formatPercent } from '../format/format-duration.ts'
import { formatNumber, formatUsd } from '../format/format-number.ts'
import { useInsightWords } from '../features/use-insight-words.ts'
import { describeReason } from '../i18n/describe-reason.ts'
import { useI18n } from '../i18n/i18n-context.tsx'

/** One row of a breakdown table: what it counts (in words), how many tickets, and their share of the table. */
export type BreakdownRow = { key: string; label: string; count: number; share: string }

/** A breakdown (reasons, categories, languages, …) with its caption, largest first; empty ones are left out. */
export type Breakdown = { caption: string; rows: BreakdownRow[] }

/** The analytics' headline figures in words: each term with its value, the estimates' assumptions. */
export const useAnalyticsFigures = (data: AnalyticsResponse) => {
  const { t, language } = useI18n()
  const percent = (value: number | null) => (value === null ? '—' : formatPercent(value, language))
  const { llm, timeSaved } = data
  const figures: Array<[string, string]> = [
    [t('console.analytics.decisions'), formatNumber(data.totals.decisions, language)],
    [t('console.analytics.automationRate'), percent(data.totals.automationRate)],
    [t('console.analytics.escalated'), formatNumber(data.totals.escalated, language)],
    [t('console.analytics.slaCompliance'), percent(data.sla.compliance)],
    [t('console.analytics.slaAtRisk'), formatNumber(data.sla.atRisk, language)],
    [
      t('console.analytics.timeSaved'),
      t('console.analytics.hours', { h: formatNumber(timeSaved.minutes / 60, language, 1) }),
    ],
    [
      t('console.analytics.tokensPer1000'),
      llm.tokensPer1000Tickets === null ? '—' : formatNumber(llm.tokensPer1000Tickets, language),
    ],
    [
      t('console.analytics.costPer1000'),
      llm.costPer1000TicketsUsd === null ? '—' : formatUsd(llm.costPer1000TicketsUsd, language),
    ],
    [t('console.analytics.budgetShare'), percent(llm.budgetShare)],
  ]
  return {
    figures,
    assumptions: t('console.analytics.assumptions', {
      auto: String(timeSaved.minutesPerAutoReply),
      draft: String(timeSaved.minutesPerDraftNote),
      price: formatUsd(llm.usdPerMillionTokens, language),
    }),
  }
}

/** The analytics' breakdowns as captioned tables: reasons, categories, languages, channels, sentiments, articles. */
export const useAnalyticsBreakdowns = (data: AnalyticsResponse): Breakdown[] => {
  const i18n = useI18n()
  const { t, has, language } = i18n
  const words = useInsightWords()
  const reason = (code: string) =>
    describeReason({ code, message: code in REASON_TEXT ? reasonText(code as ReasonCode) : code }, i18n)
  const byKey = (prefix: string) => (key: string) => (has(`${prefix}.${key}`) ? t(`${prefix}.${key}`) : key)
  const articles = data.articles.map((article) => ({
    key: article.title ?? article.id,
    count: article.count,
  }))
  const tables: Array<[string, Array<{ key: string; count: number }>, (key: string) => string]> = [
    ['reasons', data.reasons, reason],
    ['categories', data.categories, (key) => words.label('category', key)],
    ['languages', data.languages, words.languageName],
    ['channels', data.channels, byKey('channel')],
    ['sentiments', data.sentiments, byKey('sentiment')],
    ['articles', articles, (key) => key],
  ]
  return tables
    .filter(([, rows]) => rows.length > 0)
    .map(([name, rows, label]) => {
      const total = rows.reduce((all, row) => all + row.count, 0)
      return {
        caption: t(`console.analytics.${name}`),
        rows: rows.map((row) => ({
          key: row.key,
          label: label(row.key),
          count: row.count,
          share: formatPercent(row.count / total, language),
        })),
      }
    })
}
