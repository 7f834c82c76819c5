import type { Analysis } from '@deskmate/shared'
import type { HostTicket } from '../host/host-client.ts'
import { useI18n } from '../i18n/i18n-context.tsx'
import { hasNothingToAnalyse, type InsightField } from './use-apply-insight.ts'
import { useInsightWords } from './use-insight-words.ts'

/** A flag beside a value: a danger (frustrated, a sensitive topic) or a warning (urgent). */
export type InsightPill = { label: string; tone: 'danger' | 'warning' }

/** One row of the insights list: a value in words, or a suggested field the agent can apply. */
export type InsightRow =
  | { kind: 'text'; key: string; term: string; value: string; sureness?: string; pills: InsightPill[] }
  | {
      kind: 'suggested'
      key: string
      term: string
      field: InsightField
      suggestion: { label: string; confidence: number }
      label: string
      current?: string | undefined
    }

/**
 * The analysis as the sidebar lists it, in the agent's words: category, priority, type, sentiment,
 * sensitive-topic flags (when any), language; null when the ticket had nothing to analyse.
 */
export const useInsightRows = (analysis: Analysis, ticket: HostTicket): InsightRow[] | null => {
  const { t } = useI18n()
  const words = useInsightWords()
  if (hasNothingToAnalyse(analysis)) return null
  const { category, priority, type, sentiment, language, sensitiveTopics } = analysis
  const rows: InsightRow[] = [
    {
      kind: 'text',
      key: 'category',
      term: t('insights.category'),
      value: words.label('category', category.label),
      sureness: words.sureness(category.confidence),
      pills: [],
    },
    {
      kind: 'suggested',
      key: 'priority',
      term: t('insights.priority'),
      field: 'priority',
      suggestion: priority,
      label: words.label('priority', priority.label),
      current: ticket.ticket.priority,
    },
    {
      kind: 'suggested',
      key: 'type',
      term: t('insights.type'),
      field: 'type',
      suggestion: type,
      label: words.label('type', type.label),
    },
    {
      kind: 'text',
      key: 'sentiment',
      term: t('insights.sentiment'),
      value: t(`sentiment.${sentiment.label}`),
      pills: [
        ...(sentiment.frustrated ? [{ label: t('insights.frustrated'), tone: 'danger' as const }] : []),
        ...(sentiment.urgent ? [{ label: t('insights.urgent'), tone: 'warning' as const }] : []),
      ],
    },
  ]
  if (sensitiveTopics.length > 0) {
    rows.push({
      kind: 'text',
      key: 'flags',
      term: t('insights.flags'),
      value: '',
      pills: sensitiveTopics.map((topic) => ({ label: words.label('topic', topic), tone: 'danger' })),
    })
  }
  rows.push({
    kind: 'text',
    key: 'language',
    term: t('insights.language'),
    value: words.languageName(language.code),
    sureness: words.sureness(language.confidence),
    pills: [],
  })
  return rows
}
