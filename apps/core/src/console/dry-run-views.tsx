import type { ReactNode } from 'react'
import type { DryRunProjection, DryRunRow } from '@deskmate/shared'
import { describeReason } from '../i18n/describe-reason.ts'
import { useI18n, type I18n } from '../i18n/i18n-context.tsx'
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

/** What the dry run would do with one ticket, in words: answer (with the article and confidence) or escalate (why). */
export type DryRunOutcomeWords = { answers: boolean; label: string; detail: string | null; reasons: string[] }

/** One dry-run row's outcome in the UI language, for each console to draw with its own pill and list. */
export const dryRunOutcomeWords = (row: DryRunRow, i18n: Pick<I18n, 't' | 'has'>): DryRunOutcomeWords => {
  const { t } = i18n
  if (row.outcome === 'answer' && row.ticket.article)
    return {
      answers: true,
      label: t('console.dryRun.answer'),
      detail: t('console.dryRun.withArticle', {
        title: row.ticket.article.title,
        confidence: Math.round((row.ticket.confidence ?? 0) * 100),
      }),
      reasons: [],
    }
  return {
    answers: false,
    label: t('console.dryRun.escalate'),
    detail: null,
    reasons: row.reasons.map((reason) => describeReason(reason, i18n)),
  }
}
