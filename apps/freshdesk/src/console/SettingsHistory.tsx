import { useId } from 'react'
import {
  describeChange,
  formatDateTime,
  useI18n,
  useSettingsHistory,
  type ConsoleClient,
} from '@deskmate/app-core'
import { EmptyState, LoadingState } from '../components/PanelStates.tsx'
import { ConsoleSection } from './ConsoleSection.tsx'

/** Who changed which setting and when, newest first; reloads after each save or model change (`revision`). */
export const SettingsHistory = ({ client, revision }: { client: ConsoleClient; revision: number }) => {
  const i18n = useI18n()
  const { t, language } = i18n
  const headingId = useId()
  const items = useSettingsHistory(client, revision)
  return (
    <ConsoleSection title={t('console.history.title')} headingId={headingId} isBusy={items === null}>
      {items === null ? <LoadingState label={t('console.knowledge.loading')} /> : null}
      {items?.length === 0 ? <EmptyState label={t('console.history.empty')} /> : null}
      {items && items.length > 0 ? (
        <ul className="fd-list-plain" aria-labelledby={headingId}>
          {items.map((entry) => (
            <li key={entry.id}>
              <span className="fd-small fd-muted">
                {t('console.history.by', {
                  name: entry.changedBy.name ?? entry.changedBy.userId,
                  time: formatDateTime(entry.changedAt, language),
                })}
              </span>
              <ul className="fd-list">
                {entry.changes.map((change) => (
                  <li key={change.field}>{describeChange(change, i18n)}</li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      ) : null}
    </ConsoleSection>
  )
}
