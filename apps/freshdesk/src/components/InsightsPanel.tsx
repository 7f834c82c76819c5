import { FwPill } from '@freshworks/crayons/react'
import type { Analysis } from '@deskmate/shared'
import {
  hasNothingToAnalyse,
  useI18n,
  useInsightWords,
  type HostTicket,
  type Resource,
} from '@deskmate/app-core'
import { Panel } from './Panel.tsx'
import { SuggestedField } from './SuggestedField.tsx'
import { EmptyState, ErrorState, LoadingState } from './PanelStates.tsx'

/** The analysis as a description list: category, priority, type, sentiment, sensitive-topic flags, language. */
const InsightsList = ({ analysis, ticket }: { analysis: Analysis; ticket: HostTicket }) => {
  const { t } = useI18n()
  const words = useInsightWords()
  const { category, type, sentiment } = analysis
  if (hasNothingToAnalyse(analysis)) return <EmptyState label={t('insights.nothing')} />
  return (
    <dl className="fd-insights">
      <dt>{t('insights.category')}</dt>
      <dd>
        <span>{words.label('category', category.label)}</span>
        <span className="fd-small fd-muted">{words.sureness(category.confidence)}</span>
      </dd>
      <dt>{t('insights.priority')}</dt>
      <SuggestedField
        field="priority"
        suggestion={analysis.priority}
        label={words.label('priority', analysis.priority.label)}
        current={ticket.ticket.priority}
      />
      <dt>{t('insights.type')}</dt>
      <SuggestedField field="type" suggestion={type} label={words.label('type', type.label)} />
      <dt>{t('insights.sentiment')}</dt>
      <dd>
        <span>{t(`sentiment.${sentiment.label}`)}</span>
        {sentiment.frustrated && <FwPill color="red">{t('insights.frustrated')}</FwPill>}
        {sentiment.urgent && <FwPill color="yellow">{t('insights.urgent')}</FwPill>}
      </dd>
      {analysis.sensitiveTopics.length > 0 && (
        <>
          <dt>{t('insights.flags')}</dt>
          <dd>
            {analysis.sensitiveTopics.map((topic) => (
              <FwPill key={topic} color="red">
                {words.label('topic', topic)}
              </FwPill>
            ))}
          </dd>
        </>
      )}
      <dt>{t('insights.language')}</dt>
      <dd>
        <span>{words.languageName(analysis.language.code)}</span>
        <span className="fd-small fd-muted">{words.sureness(analysis.language.confidence)}</span>
      </dd>
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
