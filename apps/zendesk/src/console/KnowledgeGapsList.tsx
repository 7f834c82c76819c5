import { Anchor } from '@zendeskgarden/react-buttons'
import { Alert } from '@zendeskgarden/react-notifications'
import { MD } from '@zendeskgarden/react-typography'
import { ticketUrl, useI18n, type AnalyticsState } from '@deskmate/app-core'

/** Knowledge gaps: clusters of recent tickets no article answered, each with example tickets linked. */
export const KnowledgeGapsList = ({
  gaps,
  tenantId,
}: {
  gaps: AnalyticsState['gaps']
  tenantId?: string | undefined
}) => {
  const { t } = useI18n()
  return (
    <div>
      <MD tag="h3">{t('console.analytics.gapsTitle')}</MD>
      {gaps.error ? (
        <Alert type="error">
          <Alert.Paragraph>{t('console.analytics.gapsError', { error: gaps.error.message })}</Alert.Paragraph>
        </Alert>
      ) : gaps.value === null ? (
        <p role="status">{t('console.analytics.loading')}</p>
      ) : gaps.value.gaps.length === 0 ? (
        <p>{t('console.analytics.noGaps', { days: String(gaps.value.days) })}</p>
      ) : (
        <ol>
          {gaps.value.gaps.map((gap) => (
            <li key={gap.terms.join(' ')}>
              <strong>{gap.terms.join(', ')}</strong>{' '}
              {t('console.analytics.gapSize', { count: String(gap.size) })}
              <ul>
                {gap.examples.map((example) => {
                  const href = ticketUrl(tenantId, example.ticketId)
                  const text = `#${example.ticketId} ${example.subject}`
                  return (
                    <li key={example.ticketId}>
                      {href ? (
                        <Anchor href={href} isExternal target="_blank">
                          {text}
                        </Anchor>
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
