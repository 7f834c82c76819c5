import type { AnalyticsResponse, CsatGroup } from '@deskmate/shared'
import { formatDateTime, formatPercent } from '../format/format-duration.ts'
import { useI18n } from '../i18n/i18n-context.tsx'
import type { TableContent } from './use-console-tables.tsx'

/** The CSAT part of Analytics: its heading, the table (null while the helpdesk has given no ratings) and a note. */
export type CsatView = { title: string; table: TableContent | null; note: string }

/**
 * CSAT of auto-answered vs human-answered tickets from the helpdesk's satisfaction ratings: good, bad and the
 * share good per group, and when the ratings were read; a notice instead while the helpdesk has given none.
 */
export const useCsatTable = (csat: AnalyticsResponse['csat']): CsatView => {
  const { t, language } = useI18n()
  const title = t('console.analytics.csatTitle')
  if (csat === null) return { title, table: null, note: t('console.analytics.csatNone') }
  const groups: Array<[string, string, CsatGroup]> = [
    ['auto', t('console.analytics.csatAuto'), csat.auto],
    ['human', t('console.analytics.csatHuman'), csat.human],
  ]
  return {
    title,
    table: {
      caption: t('console.analytics.csatCaption'),
      columns: ['csatAnsweredBy', 'csatGood', 'csatBad', 'csatRate'].map((key) =>
        t(`console.analytics.${key}`),
      ),
      rows: groups.map(([key, label, group]) => ({
        key,
        header: label,
        cells: [group.good, group.bad, group.rate === null ? '—' : formatPercent(group.rate, language)],
      })),
    },
    note: t('console.analytics.csatUpdated', { time: formatDateTime(csat.updatedAt, language) }),
  }
}
