import { FwPill } from '@freshworks/crayons/react'
import type { DryRunProjection, DryRunRow } from '@deskmate/shared'
import {
  DRY_RUN_TICKETS,
  DryRunSummary,
  dryRunOutcomeWords,
  useDryRunTable,
  useI18n,
  type DryRunState,
  DataTable,
} from '@deskmate/app-core'
import { Button } from '../components/Button.tsx'

const Outcome = ({ row }: { row: DryRunRow }) => {
  const words = dryRunOutcomeWords(row, useI18n())
  return (
    <>
      <FwPill color={words.answers ? 'green' : 'orange'}>{words.label}</FwPill>
      {words.detail ? ` ${words.detail}` : null}
      {words.answers ? null : (
        <ul className="fd-list">
          {words.reasons.map((reason, i) => (
            <li key={i}>{reason}</li>
          ))}
        </ul>
      )}
    </>
  )
}

const DryRunTable = ({ projection }: { projection: DryRunProjection }) => {
  const dryRunTable = useDryRunTable(projection, (row) => <Outcome row={row} />)
  return <DataTable className="fd-table" labelledBy="dry-run-title" {...dryRunTable} />
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
          <DryRunSummary projection={projection} />
          <DryRunTable projection={projection} />
        </>
      ) : null}
    </section>
  )
}
