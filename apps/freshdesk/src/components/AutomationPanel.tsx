import { FwPill } from '@freshworks/crayons/react'
import type { ActivityItem, Decision } from '@deskmate/shared'
import { describeReason, formatDateTime, useActivity, useI18n } from '@deskmate/app-core'
import { Panel } from './Panel.tsx'
import { EmptyState, ErrorState, LoadingState } from './PanelStates.tsx'

const COLOR: Record<Decision, string> = {
  auto_replied: 'green',
  draft_noted: 'blue',
  escalated: 'yellow',
  skipped: 'grey',
  failed: 'red',
}

const Entry = ({ item }: { item: ActivityItem }) => {
  const i18n = useI18n()
  const { t, language } = i18n
  return (
    <li>
      <FwPill color={COLOR[item.decision]}>{t(`automation.decision.${item.decision}`)}</FwPill>{' '}
      <span className="fd-small fd-muted">
        <time dateTime={item.createdAt}>{formatDateTime(item.createdAt, language)}</time>
      </span>
      {item.reasons.length > 0 && (
        <ul className="fd-list fd-small" aria-label={t('automation.reasons')}>
          {item.reasons.map((reason, i) => (
            <li key={`${reason.code}-${i}`}>{describeReason(reason, i18n)}</li>
          ))}
        </ul>
      )}
      {item.allowedBecause && item.allowedBecause.length > 0 && (
        <>
          <strong className="fd-small">{t('automation.allowedBecause')}</strong>
          <ul className="fd-list fd-small" aria-label={t('automation.allowedBecause')}>
            {item.allowedBecause.map((reason) => (
              <li key={reason.code}>{describeReason(reason, i18n)}</li>
            ))}
          </ul>
        </>
      )}
    </li>
  )
}

/** What the automation did on this ticket and why; `revision` changes with the ticket, reloading the history. */
export const AutomationPanel = ({ ticketId, revision }: { ticketId: string; revision?: string }) => {
  const { t } = useI18n()
  const activity = useActivity(ticketId, revision)
  return (
    <Panel
      title={t('automation.title')}
      isBusy={activity.status === 'loading'}
      isRefreshing={activity.isRefreshing}
    >
      {activity.status === 'success' && activity.data.length > 0 ? (
        <ul className="fd-list-plain">
          {activity.data.map((item) => (
            <Entry key={item.id} item={item} />
          ))}
        </ul>
      ) : activity.status === 'success' || activity.status === 'idle' ? (
        <EmptyState label={t('automation.empty')} />
      ) : activity.status === 'error' ? (
        <ErrorState title={t('automation.error')} error={activity.error} onRetry={activity.retry} />
      ) : (
        <LoadingState label={t('automation.loading')} />
      )}
    </Panel>
  )
}
