import { Fragment } from 'react'
import styled from 'styled-components'
import { getColor } from '@zendeskgarden/react-theming'
import { Tag } from '@zendeskgarden/react-tags'
import { SM } from '@zendeskgarden/react-typography'
import type { Analysis } from '@deskmate/shared'
import { useI18n, useInsightRows, type HostTicket, type Resource } from '@deskmate/app-core'
import { Panel } from './Panel.tsx'
import { SuggestedField } from './SuggestedField.tsx'
import { EmptyState, ErrorState, LoadingState } from './PanelStates.tsx'

const List = styled.dl`
  display: grid;
  grid-template-columns: max-content 1fr;
  gap: ${(p) => p.theme.space.xxs} ${(p) => p.theme.space.sm};
  align-items: center;
  margin: 0;
  font-size: ${(p) => p.theme.fontSizes.sm};
  dt {
    color: ${(p) => getColor({ theme: p.theme, variable: 'foreground.subtle' })};
  }
  dd {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${(p) => p.theme.space.xxs};
    margin: 0;
  }
`

const PILL_HUE = { danger: 'dangerHue', warning: 'warningHue' } as const

/** The analysis as a description list: category, priority, type, sentiment, sensitive-topic flags, language. */
const InsightsList = ({ analysis, ticket }: { analysis: Analysis; ticket: HostTicket }) => {
  const { t } = useI18n()
  const rows = useInsightRows(analysis, ticket)
  if (!rows) return <EmptyState label={t('insights.nothing')} />
  return (
    <List>
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
              {row.sureness && <SM>{row.sureness}</SM>}
              {row.pills.map((pill) => (
                <Tag key={pill.label} hue={PILL_HUE[pill.tone]}>
                  {pill.label}
                </Tag>
              ))}
            </dd>
          )}
        </Fragment>
      ))}
    </List>
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
