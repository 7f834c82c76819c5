import styled from 'styled-components'
import { Button } from '@zendeskgarden/react-buttons'
import { Alert } from '@zendeskgarden/react-notifications'
import { Tag } from '@zendeskgarden/react-tags'
import { LG, Paragraph } from '@zendeskgarden/react-typography'
import type { DryRunRow } from '@deskmate/shared'
import { DRY_RUN_TICKETS, describeReason, useI18n, type DryRunState } from '@deskmate/app-core'

const Table = styled.table`
  width: 100%;
  border-collapse: collapse;
  font-size: ${(p) => p.theme.fontSizes.sm};
  th,
  td {
    padding: ${(p) => p.theme.space.xs};
    border-bottom: 1px solid ${(p) => p.theme.palette.grey?.[300] ?? '#d8dcde'};
    text-align: left;
    vertical-align: top;
  }
`

const Outcome = ({ row }: { row: DryRunRow }) => {
  const i18n = useI18n()
  const { t } = i18n
  if (row.outcome === 'answer' && row.ticket.article)
    return (
      <>
        <Tag hue="successHue">{t('console.dryRun.answer')}</Tag>{' '}
        {t('console.dryRun.withArticle', {
          title: row.ticket.article.title,
          confidence: Math.round((row.ticket.confidence ?? 0) * 100),
        })}
      </>
    )
  return (
    <>
      <Tag hue="warningHue">{t('console.dryRun.escalate')}</Tag>
      <ul>
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
    <section aria-labelledby="dry-run-title">
      <LG tag="h2" id="dry-run-title">
        {t('console.dryRun.title')}
      </LG>
      <Paragraph>{t('console.dryRun.hint', { count: DRY_RUN_TICKETS })}</Paragraph>
      <Button onClick={() => void state.run()} disabled={state.status === 'running'}>
        {state.status === 'running' ? t('console.dryRun.running') : t('console.dryRun.run')}
      </Button>
      {state.error ? (
        <Alert type="error">
          <Alert.Paragraph>{state.error.message}</Alert.Paragraph>
        </Alert>
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
          <Table aria-labelledby="dry-run-title">
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
          </Table>
        </>
      ) : null}
    </section>
  )
}
