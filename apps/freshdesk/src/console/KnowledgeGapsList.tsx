import { ticketUrl, useI18n, type AnalyticsState } from '@deskmate/app-core'
import { EmptyState, LoadingState, Notice } from '../components/PanelStates.tsx'
import { SubHeading } from './ConsoleSection.tsx'

/** Knowledge gaps: clusters of recent tickets no article answered, each with its example tickets linked. */
export const KnowledgeGapsList = ({
  gaps,
  tenantId,
}: {
  gaps: AnalyticsState['gaps']
  tenantId?: string | undefined
}) => {
  const { t } = useI18n()
  return (
    <div className="fd-stack">
      <SubHeading>{t('console.analytics.gapsTitle')}</SubHeading>
      {gaps.error ? (
        <Notice tone="error" title={t('console.analytics.gapsError', { error: gaps.error.message })} />
      ) : gaps.value === null ? (
        <LoadingState label={t('console.analytics.loading')} />
      ) : gaps.value.gaps.length === 0 ? (
        <EmptyState label={t('console.analytics.noGaps', { days: String(gaps.value.days) })} />
      ) : (
        <ol className="fd-list">
          {gaps.value.gaps.map((gap) => (
            <li key={gap.terms.join(' ')}>
              <strong>{gap.terms.join(', ')}</strong>{' '}
              {t('console.analytics.gapSize', { count: String(gap.size) })}
              <ul className="fd-list">
                {gap.examples.map((example) => {
                  const href = ticketUrl(tenantId, example.ticketId)
                  const text = `#${example.ticketId} ${example.subject}`
                  return (
                    <li key={example.ticketId}>
                      {href ? (
                        <a href={href} target="_blank" rel="noreferrer">
                          {text}
                        </a>
                      ) : (
                        text
                      )}
                    </li>
                  )
                })}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </div>
  )
}
