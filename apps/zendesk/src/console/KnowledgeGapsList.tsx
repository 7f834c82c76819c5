import { Anchor } from '@zendeskgarden/react-buttons'
import { Alert } from '@zendeskgarden/react-notifications'
import { MD } from '@zendeskgarden/react-typography'
import { KnowledgeGapItems, useI18n, type KnowledgeGapsProps } from '@deskmate/app-core'

const link = (href: string, text: string) => (
  <Anchor href={href} isExternal target="_blank">
    {text}
  </Anchor>
)

/** Knowledge gaps: clusters of recent tickets no article answered, each with example tickets linked. */
export const KnowledgeGapsList = ({ gaps, tenantId }: KnowledgeGapsProps) => {
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
        <KnowledgeGapItems gaps={gaps.value.gaps} tenantId={tenantId} link={link} />
      )}
    </div>
  )
}
