import type { ReactNode } from 'react'
import type { ActivityItem, KnowledgeArticle, KnowledgeSummary, TrainingCandidate } from '@deskmate/shared'
import { formatDateTime } from '../format/format-duration.ts'
import { useInsightWords } from '../features/use-insight-words.ts'
import { useI18n } from '../i18n/i18n-context.tsx'
import { ticketUrl } from './console-client.ts'
import { activityReasons, trainingComparison } from './console-words.ts'
import type { DataTableProps } from './data-table.tsx'
import type { Breakdown } from './use-analytics-words.ts'

/** How a helpdesk's console draws a link that opens outside it (its own anchor component). */
export type LinkRenderer = (href: string, text: string) => ReactNode

/** A table's content, for the helpdesk's DataTable (it adds its look and, where needed, what names it). */
export type TableContent = Pick<DataTableProps, 'caption' | 'columns' | 'rows' | 'footer' | 'rowHeaders'>

const time = (iso: string, language: string) => <time dateTime={iso}>{formatDateTime(iso, language)}</time>

/** A breakdown's table: what is counted, tickets and share. */
export const useBreakdownTable = (breakdown: Breakdown): TableContent => {
  const { t } = useI18n()
  return {
    caption: breakdown.caption,
    columns: ['item', 'count', 'share'].map((key) => t(`console.analytics.${key}`)),
    rows: breakdown.rows.map((row) => ({ key: row.key, header: row.label, cells: [row.count, row.share] })),
  }
}

/** The index's articles and example questions per language. */
export const useLanguagesTable = (summary: KnowledgeSummary): TableContent => {
  const { t } = useI18n()
  const words = useInsightWords()
  return {
    caption: t('console.knowledge.languages'),
    columns: ['language', 'articles', 'examples'].map((key) => t(`console.knowledge.${key}`)),
    rows: summary.languages.map((row) => ({
      key: row.language,
      header: words.languageName(row.language),
      cells: [row.articles, row.examples],
    })),
  }
}

/** A page of indexed articles: title (linked when it has a page), language, examples, source and update. */
export const useArticlesTable = (items: readonly KnowledgeArticle[], link: LinkRenderer): TableContent => {
  const { t, language } = useI18n()
  return {
    columns: ['articleTitle', 'language', 'examples', 'source', 'updated'].map((key) =>
      t(`console.knowledge.${key}`),
    ),
    rows: items.map((article) => ({
      key: article.id,
      header: article.url ? link(article.url, article.title) : article.title,
      cells: [
        article.language,
        article.examples,
        t(`console.knowledge.source.${article.synced ? 'synced' : 'imported'}`),
        time(article.updatedAt, language),
      ],
    })),
  }
}

/** The candidate's accuracy per category beside the current model's, with the overall row, and its summary. */
export const useTrainingTable = (candidate: TrainingCandidate): TableContent & { summary: string } => {
  const i18n = useI18n()
  const { t } = i18n
  const { summary, rows, overall } = trainingComparison(candidate, i18n)
  const toRow = (row: typeof overall) => ({
    key: row.key,
    header: row.label,
    cells: [row.examples, row.current, row.candidate],
  })
  return {
    summary,
    caption: t('console.training.resultsCaption'),
    columns: ['category', 'tickets', 'current', 'candidate'].map((key) => t(`console.training.${key}`)),
    rows: rows.map(toRow),
    footer: toRow(overall),
  }
}

/** The activity log: when, the ticket (linked to the helpdesk), the outcome (as the helpdesk shows it), why. */
export const useActivityTable = (
  items: readonly ActivityItem[],
  tenantId: string | undefined,
  show: { link: LinkRenderer; outcome: (item: ActivityItem, text: string) => ReactNode },
): TableContent => {
  const i18n = useI18n()
  const { t, language } = i18n
  return {
    rowHeaders: false,
    columns: [
      t('console.activity.when'),
      t('console.dryRun.ticket'),
      t('console.activity.outcome'),
      t('console.activity.why'),
    ],
    rows: items.map((item) => {
      const href = ticketUrl(tenantId, item.ticketId)
      return {
        key: item.id,
        header: time(item.createdAt, language),
        cells: [
          href ? show.link(href, `#${item.ticketId}`) : `#${item.ticketId}`,
          show.outcome(item, t(`automation.decision.${item.decision}`)),
          activityReasons(item, i18n),
        ],
      }
    }),
  }
}
