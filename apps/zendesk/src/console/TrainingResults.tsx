import type { TrainingCandidate } from '@deskmate/shared'
import { trainingComparison, useI18n } from '@deskmate/app-core'
import { Table } from './console-table.ts'

/** The candidate's cross-validated accuracy per category beside the active model's, on the same folds. */
export const TrainingResults = ({ candidate }: { candidate: TrainingCandidate }) => {
  const i18n = useI18n()
  const { t } = i18n
  const { summary, rows, overall } = trainingComparison(candidate, i18n)
  return (
    <>
      <p>{summary}</p>
      <Table>
        <caption>{t('console.training.resultsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('console.training.category')}</th>
            <th scope="col">{t('console.training.tickets')}</th>
            <th scope="col">{t('console.training.current')}</th>
            <th scope="col">{t('console.training.candidate')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              <td>{row.examples}</td>
              <td>{row.current}</td>
              <td>{row.candidate}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{overall.label}</th>
            <td>{overall.examples}</td>
            <td>{overall.current}</td>
            <td>{overall.candidate}</td>
          </tr>
        </tfoot>
      </Table>
    </>
  )
}
