import { useI18n, type Breakdown } from '@deskmate/app-core'
import { Table } from './console-table.ts'

/** A breakdown (reasons, categories, languages, …) as a table of counts and shares, largest first. */
export const CountTable = ({ breakdown }: { breakdown: Breakdown }) => {
  const { t } = useI18n()
  return (
    <Table>
      <caption>{breakdown.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('console.analytics.item')}</th>
          <th scope="col">{t('console.analytics.count')}</th>
          <th scope="col">{t('console.analytics.share')}</th>
        </tr>
      </thead>
      <tbody>
        {breakdown.rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.label}</th>
            <td>{row.count}</td>
            <td>{row.share}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  )
}
