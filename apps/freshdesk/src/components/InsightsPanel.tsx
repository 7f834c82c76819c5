import { Fragment } from 'react'
import { FwPill } from '@freshworks/crayons/react'
import type { Analysis } from '@deskmate/shared'
import { useI18n, useInsightRows, type HostTicket, type Resource } from '@deskmate/app-core'
import { Panel } from './Panel.tsx'
import { SuggestedField } from './SuggestedField.tsx'
import { EmptyState, ErrorState, LoadingState } from './PanelStates.tsx'

const PILL_COLOR = { danger: 'red', warning: 'yellow' } as const

/** The analysis as a description list: category, priority, type, sentiment, sensitive-topic flags, language. */
const InsightsList = ({ analysis, ticket }: { analysis: Analysis; ticket: HostTicket }) => {
  const { t } = useI18n()
  const rows = useInsightRows(analysis, ticket)
  if (!rows) return <EmptyState label={t('insights.nothing')} />
  return (
    <dl className="fd-insights">
      {rows.map((row) => (
        <Fragment key={row.key}>
          <dt>{row.term}</dt>
          {row.kind === 'suggested' ? (
            <SuggestedField
              field={row.field}
              suggestion={row.suggestion}
              label={row.label}
              current={row.current}
            />
          ) : (
            <dd>
              {row.value && <span>{row.value}</span>}
              {row.sureness && <span className="fd-small fd-muted">{row.sureness}</span>}
              {row.pills.map((pill) => (
                <FwPill key={pill.label} color={PILL_COLOR[pill.tone]}>
                  {pill.label}
                </FwPill>
              ))}
            </dd>
          )}
        </Fragment>
      ))}
    </dl>
  )
}

/** Props of InsightsPanel. */
export type InsightsPanelProps = { ticket: HostTicket; analysis: Resource<Analysis> }

/** What the ticket is and how the customer feels. */
export const InsightsPanel = ({ ticket, analysis }: InsightsPanelProps) => {
  const { t } = useI18n()
  return (
    <Panel
      title={t('insights.title')}
      isBusy={analysis.status === 'loading'}
      isRefreshing={analysis.isRefreshing}
    >
      {analysis.status === 'success' ? (
        <InsightsList analysis={analysis.data} ticket={ticket} />
      ) : analysis.status === 'error' ? (
        <ErrorState title={t('insights.error')} error={analysis.error} onRetry={analysis.retry} />
      ) : analysis.status === 'idle' ? (
        <EmptyState label={t('insights.empty')} />
      ) : (
        <LoadingState label={t('insights.loading')} />
      )}
    </Panel>
  )
}
