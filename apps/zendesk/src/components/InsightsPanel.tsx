import styled from 'styled-components'
import { getColor } from '@zendeskgarden/react-theming'
import { Tag } from '@zendeskgarden/react-tags'
import { SM } from '@zendeskgarden/react-typography'
import { categoryLabel, type Analysis } from '@deskmate/shared'
import {
  certaintyOf,
  formatPercent,
  hasNothingToAnalyse,
  useI18n,
  type HostTicket,
  type Resource,
} from '@deskmate/app-core'
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

/** The analysis as a description list: category, priority, type, sentiment, sensitive-topic flags, language. */
const InsightsList = ({ analysis, ticket }: { analysis: Analysis; ticket: HostTicket }) => {
  const { t, has, language } = useI18n()
  const { category, type, sentiment } = analysis
  const percent = (value: number) =>
    t('insights.sureness', {
      certainty: t(`insights.certainty.${certaintyOf(value)}`),
      value: formatPercent(value, language),
    })
  const languageKey = `language.${analysis.language.code}`
  const priorityLabel = has(`priority.${analysis.priority.label}`)
    ? t(`priority.${analysis.priority.label}`)
    : categoryLabel(analysis.priority.label)
  if (hasNothingToAnalyse(analysis)) return <EmptyState label={t('insights.nothing')} />
  return (
    <List>
      <dt>{t('insights.category')}</dt>
      <dd>
        <span>
          {has(`category.${category.label}`)
            ? t(`category.${category.label}`)
            : categoryLabel(category.label)}
        </span>
        <SM>{percent(category.confidence)}</SM>
      </dd>
      <dt>{t('insights.priority')}</dt>
      <SuggestedField
        field="priority"
        suggestion={analysis.priority}
        label={priorityLabel}
        current={ticket.ticket.priority}
      />
      <dt>{t('insights.type')}</dt>
      <SuggestedField
        field="type"
        suggestion={type}
        label={has(`type.${type.label}`) ? t(`type.${type.label}`) : categoryLabel(type.label)}
      />
      <dt>{t('insights.sentiment')}</dt>
      <dd>
        <span>{t(`sentiment.${sentiment.label}`)}</span>
        {sentiment.frustrated && <Tag hue="dangerHue">{t('insights.frustrated')}</Tag>}
        {sentiment.urgent && <Tag hue="warningHue">{t('insights.urgent')}</Tag>}
      </dd>
      {analysis.sensitiveTopics.length > 0 && (
        <>
          <dt>{t('insights.flags')}</dt>
          <dd>
            {analysis.sensitiveTopics.map((topic) => (
              <Tag key={topic} hue="dangerHue">
                {has(`topic.${topic}`) ? t(`topic.${topic}`) : categoryLabel(topic)}
              </Tag>
            ))}
          </dd>
        </>
      )}
      <dt>{t('insights.language')}</dt>
      <dd>
        <span>{has(languageKey) ? t(languageKey) : analysis.language.code.toUpperCase()}</span>
        <SM>{percent(analysis.language.confidence)}</SM>
      </dd>
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
