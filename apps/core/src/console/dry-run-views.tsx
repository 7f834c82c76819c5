import type { ReactNode } from 'react'
import type { DryRunProjection, DryRunRow } from '@deskmate/shared'
import { useI18n } from '../i18n/i18n-context.tsx'
import type { TableContent } from './use-console-tables.tsx'

/** The dry run's projection in one sentence, announced as it moves with the threshold and categories. */
export const DryRunSummary = ({ projection }: { projection: DryRunProjection }) => {
  const { t } = useI18n()
  return (
    <p role="status" aria-label={t('console.dryRun.summaryLabel')}>
      {t('console.dryRun.summary', {
        answered: projection.answered,
        escalated: projection.escalated,
        total: projection.rows.length,
        rate: Math.round(projection.rate * 100),
      })}
    </p>
  )
}

/**
 * The dry run's table: each ticket, what Deskmate would do (drawn by the console: its own pill and reasons) and the
 * agents' actual reply beside it.
 */
export const useDryRunTable = (
  projection: DryRunProjection,
  outcome: (row: DryRunRow) => ReactNode,
): TableContent => {
  const { t } = useI18n()
  return {
    columns: ['ticket', 'wouldDo', 'agentReply'].map((key) => t(`console.dryRun.${key}`)),
    rowHeaders: false,
    rows: projection.rows.map((row) => ({
      key: row.ticket.ticketId,
      header: `#${row.ticket.ticketId} ${row.ticket.subject}`,
      cells: [outcome(row), row.ticket.agentReply ?? t('console.dryRun.noReply')],
    })),
  }
}
