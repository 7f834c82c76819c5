import styled from 'styled-components'
import { Tag } from '@zendeskgarden/react-tags'
import { SM } from '@zendeskgarden/react-typography'
import type { ActivityItem, Decision } from '@deskmate/shared'
import { useActivity, useActivityEntry, useI18n } from '@deskmate/app-core'
import { Panel } from './Panel.tsx'
import { EmptyState, ErrorState, LoadingState } from './PanelStates.tsx'

const HUE: Record<Decision, string> = {
  auto_replied: 'successHue',
  draft_noted: 'primaryHue',
  escalated: 'warningHue',
  skipped: 'neutralHue',
  failed: 'dangerHue',
}

const List = styled.ul`
  display: flex;
  flex-direction: column;
  gap: ${(p) => p.theme.space.sm};
  margin: 0;
  padding: 0;
  list-style: none;
`

const Reasons = styled.ul`
  margin: ${(p) => p.theme.space.xxs} 0 0;
  padding-left: ${(p) => p.theme.space.md};
  font-size: ${(p) => p.theme.fontSizes.sm};
`

const Entry = ({ item }: { item: ActivityItem }) => {
  const { t } = useI18n()
  const words = useActivityEntry(item)
  return (
    <li>
      <Tag hue={HUE[item.decision]}>{words.decision}</Tag>{' '}
      <SM tag="span">
        <time dateTime={item.createdAt}>{words.time}</time>
      </SM>
      {words.reasons.length > 0 && (
        <Reasons aria-label={t('automation.reasons')}>
          {words.reasons.map((reason) => (
            <li key={reason.key}>{reason.text}</li>
          ))}
        </Reasons>
      )}
      {words.allowedBecause.length > 0 && (
        <>
          <SM isBold style={{ marginTop: 4 }}>
            {t('automation.allowedBecause')}
          </SM>
          <Reasons aria-label={t('automation.allowedBecause')}>
            {words.allowedBecause.map((reason) => (
              <li key={reason.key}>{reason.text}</li>
            ))}
          </Reasons>
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
        <List>
          {activity.data.map((item) => (
            <Entry key={item.id} item={item} />
          ))}
        </List>
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
