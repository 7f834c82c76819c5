import { useId } from 'react'
import { SettingsHistoryList, useI18n, useSettingsHistory, type ConsoleClient } from '@deskmate/app-core'
import { EmptyState, LoadingState } from '../components/PanelStates.tsx'
import { ConsoleSection } from './ConsoleSection.tsx'

/** Who changed which setting and when, newest first; reloads after each save or model change (`revision`). */
export const SettingsHistory = ({ client, revision }: { client: ConsoleClient; revision: number }) => {
  const { t } = useI18n()
  const headingId = useId()
  const items = useSettingsHistory(client, revision)
  return (
    <ConsoleSection title={t('console.history.title')} headingId={headingId} isBusy={items === null}>
      {items === null ? <LoadingState label={t('console.knowledge.loading')} /> : null}
      {items?.length === 0 ? <EmptyState label={t('console.history.empty')} /> : null}
      {items && items.length > 0 ? (
        <SettingsHistoryList className="fd-list-plain fd-history" items={items} labelledBy={headingId} />
      ) : null}
    </ConsoleSection>
  )
}
