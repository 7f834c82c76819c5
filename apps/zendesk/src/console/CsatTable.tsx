import { MD } from '@zendeskgarden/react-typography'
import { formatDateTime, formatPercent, useI18n } from '@deskmate/app-core'
import type { AnalyticsResponse, CsatGroup } from '@deskmate/shared'
import { Table } from './console-table.ts'

/**
 * CSAT of auto-answered vs human-answered tickets from the helpdesk's satisfaction ratings: a captioned table
 * (good, bad, share good) and when the ratings were read; a notice while the helpdesk has given none.
 */
export const CsatTable = ({ csat }: { csat: AnalyticsResponse['csat'] }) => {
  const { t, language } = useI18n()
  if (csat === null)
    return (
      <>
        <MD tag="h3">{t('console.analytics.csatTitle')}</MD>
        <p>{t('console.analytics.csatNone')}</p>
      </>
    )
  const rows: Array<[string, CsatGroup]> = [
    [t('console.analytics.csatAuto'), csat.auto],
    [t('console.analytics.csatHuman'), csat.human],
  ]
  return (
    <>
      <MD tag="h3">{t('console.analytics.csatTitle')}</MD>
      <Table>
        <caption>{t('console.analytics.csatCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('console.analytics.csatAnsweredBy')}</th>
            <th scope="col">{t('console.analytics.csatGood')}</th>
            <th scope="col">{t('console.analytics.csatBad')}</th>
            <th scope="col">{t('console.analytics.csatRate')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, group]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{group.good}</td>
              <td>{group.bad}</td>
              <td>{group.rate === null ? '—' : formatPercent(group.rate, language)}</td>
            </tr>
          ))}
        </tbody>
      </Table>
      <p>{t('console.analytics.csatUpdated', { time: formatDateTime(csat.updatedAt, language) })}</p>
    </>
  )
}
