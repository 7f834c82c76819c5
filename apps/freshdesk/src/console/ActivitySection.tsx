import { useId } from 'react'
import { FwPill } from '@freshworks/crayons/react'
import type { ActivityItem } from '@deskmate/shared'
import { DataTable, useActivityTable, useI18n, type ActivityLogState } from '@deskmate/app-core'
import { DECISION_PILL_COLOR } from '../components/AutomationPanel.tsx'
import { EmptyState, LoadingState, Notice } from '../components/PanelStates.tsx'
import { ActivityFilters } from './ActivityFilters.tsx'
import { ConsoleSection } from './ConsoleSection.tsx'
import { externalLink } from './external-link.tsx'

const outcome = (item: ActivityItem, text: string) => (
  <FwPill color={DECISION_PILL_COLOR[item.decision]}>{text}</FwPill>
)

/** Props of ActivitySection. */
export type ActivitySectionProps = {
  state: ActivityLogState
  /** `freshdesk:<account>`: links each ticket to its page in Freshdesk. */
  tenantId?: string | undefined
  /** The tenant's categories, for the category filter. */
  categories: readonly string[]
}

const ActivityTable = (props: {
  items: ActivityItem[]
  tenantId?: string | undefined
  labelledBy: string
}) => (
  <DataTable
    className="fd-table"
    labelledBy={props.labelledBy}
    {...useActivityTable(props.items, props.tenantId, { link: externalLink, outcome })}
  />
)

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
        <ActivityTable items={state.items} tenantId={tenantId} labelledBy={headingId} />
      ) : null}
    </ConsoleSection>
  )
}
