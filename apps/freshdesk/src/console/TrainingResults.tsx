import type { TrainingCandidate } from '@deskmate/shared'
import { trainingComparison, useI18n } from '@deskmate/app-core'

const Cells = ({ row }: { row: { label: string; examples: number; current: string; candidate: string } }) => (
  <>
    <th scope="row">{row.label}</th>
    <td>{row.examples}</td>
    <td>{row.current}</td>
    <td>{row.candidate}</td>
  </>
)

/** The candidate's cross-validated accuracy per category beside the active model's, on the same folds. */
export const TrainingResults = ({ candidate }: { candidate: TrainingCandidate }) => {
  const i18n = useI18n()
  const { t } = i18n
  const { summary, rows, overall } = trainingComparison(candidate, i18n)
  return (
    <>
      <p>{summary}</p>
      <table className="fd-table">
        <caption>{t('console.training.resultsCaption')}</caption>
        <thead>
          <tr>
            {['category', 'tickets', 'current', 'candidate'].map((key) => (
              <th scope="col" key={key}>
                {t(`console.training.${key}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <Cells row={row} />
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <Cells row={overall} />
          </tr>
        </tfoot>
      </table>
    </>
  )
}
