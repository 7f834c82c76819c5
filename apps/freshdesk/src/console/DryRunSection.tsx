import { FwPill } from '@freshworks/crayons/react'
import type { DryRunRow } from '@deskmate/shared'
import { DRY_RUN_TICKETS, describeReason, useI18n, type DryRunState } from '@deskmate/app-core'
import { Button } from '../components/Button.tsx'

const Outcome = ({ row }: { row: DryRunRow }) => {
  const i18n = useI18n()
  const { t } = i18n
  if (row.outcome === 'answer' && row.ticket.article)
    return (
      <>
        <FwPill color="green">{t('console.dryRun.answer')}</FwPill>{' '}
        {t('console.dryRun.withArticle', {
          title: row.ticket.article.title,
          confidence: Math.round((row.ticket.confidence ?? 0) * 100),
        })}
      </>
    )
  return (
    <>
      <FwPill color="orange">{t('console.dryRun.escalate')}</FwPill>
      <ul className="fd-list">
        {row.reasons.map((reason, i) => (
          <li key={`${reason.code}-${i}`}>{describeReason(reason, i18n)}</li>
        ))}
      </ul>
    </>
  )
}

/** The dry run: what Deskmate would have done with the latest tickets under the form's current policy. */
export const DryRunSection = ({ state }: { state: DryRunState }) => {
  const { t } = useI18n()
  const { projection } = state
  return (
    <section className="fd-console-section" aria-labelledby="dry-run-title">
      <h2 id="dry-run-title">{t('console.dryRun.title')}</h2>
      <p>{t('console.dryRun.hint', { count: DRY_RUN_TICKETS })}</p>
      <div>
        <Button onClick={() => void state.run()} disabled={state.status === 'running'}>
          {state.status === 'running' ? t('console.dryRun.running') : t('console.dryRun.run')}
        </Button>
      </div>
      {state.error ? (
        <div className="fd-notice fd-notice--error" role="alert">
          <span>{state.error.message}</span>
        </div>
      ) : null}
      {projection ? (
        <>
          <p role="status" aria-label={t('console.dryRun.summaryLabel')}>
            {t('console.dryRun.summary', {
              answered: projection.answered,
              escalated: projection.escalated,
              total: projection.rows.length,
              rate: Math.round(projection.rate * 100),
            })}
          </p>
          <table className="fd-table" aria-labelledby="dry-run-title">
            <thead>
              <tr>
                <th scope="col">{t('console.dryRun.ticket')}</th>
                <th scope="col">{t('console.dryRun.wouldDo')}</th>
                <th scope="col">{t('console.dryRun.agentReply')}</th>
              </tr>
            </thead>
            <tbody>
              {projection.rows.map((row) => (
                <tr key={row.ticket.ticketId}>
                  <td>{`#${row.ticket.ticketId} ${row.ticket.subject}`}</td>
                  <td>
                    <Outcome row={row} />
                  </td>
                  <td>{row.ticket.agentReply ?? t('console.dryRun.noReply')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </section>
  )
}
