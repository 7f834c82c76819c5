import { useState } from 'react'
import styled from 'styled-components'
import { getColor } from '@zendeskgarden/react-theming'
import { Button } from '@zendeskgarden/react-buttons'
import { Tag } from '@zendeskgarden/react-tags'
import { SM } from '@zendeskgarden/react-typography'
import { PRIORITIES, categoryLabel, type Analysis, type Priority } from '@deskmate/shared'
import { formatPercent, useHost, useI18n, type HostTicket, type Resource } from '@deskmate/app-core'
import { Panel } from './Panel.tsx'
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

const isPriority = (label: string): label is Priority => (PRIORITIES as readonly string[]).includes(label)

type ApplyState = { status: 'idle' | 'applying' | 'applied' | 'failed'; priority?: Priority }

/** Suggested priority with one-click Apply (hidden once the ticket already has it). */
const SuggestedPriority = ({ analysis, ticket }: { analysis: Analysis; ticket: HostTicket }) => {
  const { t, language } = useI18n()
  const host = useHost()
  const [apply, setApply] = useState<ApplyState>({ status: 'idle' })
  const suggested = analysis.priority.label
  const label = isPriority(suggested) ? t(`priority.${suggested}`) : suggested
  const isCurrent = ticket.ticket.priority === suggested || apply.priority === suggested

  const onApply = () => {
    if (!isPriority(suggested)) return
    setApply({ status: 'applying' })
    host.setPriority(suggested).then(
      () => setApply({ status: 'applied', priority: suggested }),
      () => setApply({ status: 'failed' }),
    )
  }

  return (
    <dd>
      <span>{label}</span>
      <SM>{t('insights.confidence', { value: formatPercent(analysis.priority.confidence, language) })}</SM>
      {isPriority(suggested) && !isCurrent && (
        <Button
          size="small"
          onClick={onApply}
          disabled={apply.status === 'applying'}
          aria-label={t('insights.applyLabel', { priority: label })}
        >
          {t('insights.apply')}
        </Button>
      )}
      <span role="status">
        {apply.status === 'applied' && <SM>{t('insights.applied', { priority: label })}</SM>}
        {apply.status === 'failed' && <SM>{t('insights.applyFailed')}</SM>}
      </span>
    </dd>
  )
}

/** The analysis as a description list: category, priority, type, sentiment, sensitive-topic flags, language. */
const InsightsList = ({ analysis, ticket }: { analysis: Analysis; ticket: HostTicket }) => {
  const { t, has, language } = useI18n()
  const { category, type, sentiment } = analysis
  const percent = (value: number) => t('insights.confidence', { value: formatPercent(value, language) })
  const languageKey = `language.${analysis.language.code}`
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
      <SuggestedPriority analysis={analysis} ticket={ticket} />
      <dt>{t('insights.type')}</dt>
      <dd>
        <span>{has(`type.${type.label}`) ? t(`type.${type.label}`) : categoryLabel(type.label)}</span>
        <SM>{percent(type.confidence)}</SM>
      </dd>
      <dt>{t('insights.sentiment')}</dt>
      <dd>
        <span>{t(`sentiment.${sentiment.label}`)}</span>
        <SM>{t('insights.score', { score: sentiment.score.toFixed(2) })}</SM>
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
