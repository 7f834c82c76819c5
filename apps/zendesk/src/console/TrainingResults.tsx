import type { TrainingCandidate } from '@deskmate/shared'
import { formatDateTime, useI18n } from '@deskmate/app-core'
import { Table } from './console-table.ts'

/** A share as a percentage in the UI language. */
const usePercent = () => {
  const { language } = useI18n()
  const format = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 })
  return (share: number) => format.format(share)
}

/** The candidate's cross-validated accuracy per category beside the active model's, on the same folds. */
export const TrainingResults = ({ candidate }: { candidate: TrainingCandidate }) => {
  const { t, has, language } = useI18n()
  const percent = usePercent()
  const name = (label: string) => (has(`category.${label}`) ? t(`category.${label}`) : label)
  return (
    <>
      <p>
        {t('console.training.trained', {
          time: formatDateTime(candidate.trainedAt, language),
          examples: String(candidate.examples),
          skipped: String(candidate.skipped),
          folds: String(candidate.folds),
        })}
      </p>
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
          {candidate.classes.map((row) => (
            <tr key={row.label}>
              <th scope="row">{name(row.label)}</th>
              <td>{row.examples}</td>
              <td>{percent(row.current)}</td>
              <td>{percent(row.candidate)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('console.training.overall')}</th>
            <td>{candidate.examples}</td>
            <td>{percent(candidate.currentAccuracy)}</td>
            <td>{percent(candidate.candidateAccuracy)}</td>
          </tr>
        </tfoot>
      </Table>
    </>
  )
}
