import { useId } from 'react'
import { FwPill } from '@freshworks/crayons/react'
import type { ActivityItem, Decision } from '@deskmate/shared'
import {
  activityReasons,
  formatDateTime,
  ticketUrl,
  useI18n,
  type ActivityLogState,
} from '@deskmate/app-core'
import { EmptyState, LoadingState, Notice } from '../components/PanelStates.tsx'
import { ActivityFilters } from './ActivityFilters.tsx'
import { ConsoleSection } from './ConsoleSection.tsx'

const COLOR: Record<Decision, string> = {
  auto_replied: 'green',
  draft_noted: 'blue',
  escalated: 'yellow',
  skipped: 'grey',
  failed: 'red',
}

/** Props of ActivitySection. */
export type ActivitySectionProps = {
  state: ActivityLogState
  /** `freshdesk:<account>`: links each ticket to its page in Freshdesk. */
  tenantId?: string | undefined
  /** The tenant's categories, for the category filter. */
  categories: readonly string[]
}

const Row = ({ item, tenantId }: { item: ActivityItem; tenantId?: string | undefined }) => {
  const i18n = useI18n()
  const { t, language } = i18n
  const href = ticketUrl(tenantId, item.ticketId)
  return (
    <tr>
      <td>
        <time dateTime={item.createdAt}>{formatDateTime(item.createdAt, language)}</time>
      </td>
      <td>
        {href ? (
          <a href={href} target="_blank" rel="noreferrer">{`#${item.ticketId}`}</a>
        ) : (
          `#${item.ticketId}`
        )}
      </td>
      <td>
        <FwPill color={COLOR[item.decision]}>{t(`automation.decision.${item.decision}`)}</FwPill>
      </td>
      <td>{activityReasons(item, i18n)}</td>
    </tr>
  )
}

/** Every decision, filterable, searchable, linked to its Freshdesk ticket, exportable as CSV. */
export const ActivitySection = ({ state, tenantId, categories }: ActivitySectionProps) => {
  const { t } = useI18n()
  const headingId = useId()
  return (
    <ConsoleSection title={t('console.activity.title')} headingId={headingId} isBusy={state.isLoading}>
      <ActivityFilters state={state} categories={categories} />
      {state.error ? <Notice tone="error" title={state.error.message} /> : null}
      {state.items === null && !state.error ? <LoadingState label={t('console.analytics.loading')} /> : null}
      {state.items?.length === 0 ? <EmptyState label={t('console.activity.empty')} /> : null}
      {state.items && state.items.length > 0 ? (
        <table className="fd-table" aria-labelledby={headingId}>
          <thead>
            <tr>
              <th scope="col">{t('console.activity.when')}</th>
              <th scope="col">{t('console.dryRun.ticket')}</th>
              <th scope="col">{t('console.activity.outcome')}</th>
              <th scope="col">{t('console.activity.why')}</th>
            </tr>
          </thead>
          <tbody>
            {state.items.map((item) => (
              <Row key={item.id} item={item} tenantId={tenantId} />
            ))}
          </tbody>
        </table>
      ) : null}
    </ConsoleSection>
  )
}
