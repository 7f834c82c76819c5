import { Button } from '@zendeskgarden/react-buttons'
import { Alert } from '@zendeskgarden/react-notifications'
import { Tag } from '@zendeskgarden/react-tags'
import { LG, Paragraph } from '@zendeskgarden/react-typography'
import type { DryRunProjection, DryRunRow } from '@deskmate/shared'
import {
  DRY_RUN_TICKETS,
  DryRunSummary,
  dryRunOutcomeWords,
  useDryRunTable,
  useI18n,
  type DryRunState,
} from '@deskmate/app-core'
import { DataTableView } from './console-table.ts'

const Outcome = ({ row }: { row: DryRunRow }) => {
  const words = dryRunOutcomeWords(row, useI18n())
  return (
    <>
      <Tag hue={words.answers ? 'successHue' : 'warningHue'}>{words.label}</Tag>
      {words.detail ? ` ${words.detail}` : null}
      {words.answers ? null : (
        <ul>
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
  return <DataTableView labelledBy="dry-run-title" {...dryRunTable} />
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
          <DryRunSummary projection={projection} />
          <DryRunTable projection={projection} />
        </>
      ) : null}
    </section>
  )
}
