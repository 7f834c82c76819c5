import { formatPercent, useI18n } from '@deskmate/app-core'
import type { AnalyticsCount } from '@deskmate/shared'
import { Table } from './console-table.ts'

/** A breakdown (reasons, categories, languages, …) as a table of counts and shares, largest first. */
export const CountTable = ({
  caption,
  rows,
  label,
}: {
  caption: string
  rows: AnalyticsCount[]
  label: (key: string) => string
}) => {
  const { t, language } = useI18n()
  if (rows.length === 0) return null
  const total = rows.reduce((all, row) => all + row.count, 0)
  return (
    <Table>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('console.analytics.item')}</th>
          <th scope="col">{t('console.analytics.count')}</th>
          <th scope="col">{t('console.analytics.share')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{label(row.key)}</th>
            <td>{row.count}</td>
            <td>{formatPercent(row.count / total, language)}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  )
}
