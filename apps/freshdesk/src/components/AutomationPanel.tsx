import { FwPill } from '@freshworks/crayons/react'
import type { ActivityItem, Decision } from '@deskmate/shared'
import { useActivity, useActivityEntry, useI18n } from '@deskmate/app-core'
import { Panel } from './Panel.tsx'
import { EmptyState, ErrorState, LoadingState } from './PanelStates.tsx'

/** The Crayons pill colour of each outcome. */
export const DECISION_PILL_COLOR: Record<Decision, string> = {
  auto_replied: 'green',
  draft_noted: 'blue',
  escalated: 'yellow',
  skipped: 'grey',
  failed: 'red',
}

const Entry = ({ item }: { item: ActivityItem }) => {
  const { t } = useI18n()
  const words = useActivityEntry(item)
  return (
    <li>
      <FwPill color={DECISION_PILL_COLOR[item.decision]}>{words.decision}</FwPill>{' '}
      <time className="fd-small fd-muted" dateTime={item.createdAt}>
        {words.time}
      </time>
      {words.reasons.length > 0 && <ReasonList label={t('automation.reasons')} items={words.reasons} />}
      {words.allowedBecause.length > 0 && (
        <>
          <strong className="fd-small">{t('automation.allowedBecause')}</strong>
          <ReasonList label={t('automation.allowedBecause')} items={words.allowedBecause} />
        </>
      )}
    </li>
  )
}

const ReasonList = ({ label, items }: { label: string; items: { key: string; text: string }[] }) => (
  <ul className="fd-list fd-small" aria-label={label}>
    {items.map((reason) => (
      <li key={reason.key}>{reason.text}</li>
    ))}
  </ul>
)

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
