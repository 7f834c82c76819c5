import { KnowledgeGapItems, useI18n, type KnowledgeGapsProps } from '@deskmate/app-core'
import { EmptyState, LoadingState, Notice } from '../components/PanelStates.tsx'
import { SubHeading } from './ConsoleSection.tsx'
import { externalLink } from './external-link.tsx'

/** Knowledge gaps: clusters of recent tickets no article answered, each with its example tickets linked. */
export const KnowledgeGapsList = ({ gaps, tenantId }: KnowledgeGapsProps) => {
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
        <KnowledgeGapItems
          className="fd-list"
          gaps={gaps.value.gaps}
          tenantId={tenantId}
          link={externalLink}
        />
      )}
    </div>
  )
}
