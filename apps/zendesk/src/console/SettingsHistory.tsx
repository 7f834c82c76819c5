import { LG, SM } from '@zendeskgarden/react-typography'
import {
  describeChange,
  formatDateTime,
  useI18n,
  useSettingsHistory,
  type ConsoleClient,
} from '@deskmate/app-core'

/** Who changed which setting and when, newest first; reloads after each save (`revision`). */
export const SettingsHistory = ({ client, revision }: { client: ConsoleClient; revision: number }) => {
  const i18n = useI18n()
  const items = useSettingsHistory(client, revision)
  return (
    <section aria-labelledby="history-title">
      <LG tag="h2" id="history-title">
        {i18n.t('console.history.title')}
      </LG>
      {items && items.length === 0 ? <p>{i18n.t('console.history.empty')}</p> : null}
      <ul aria-labelledby="history-title">
        {(items ?? []).map((entry) => (
          <li key={entry.id}>
            <SM tag="span">
              {i18n.t('console.history.by', {
                name: entry.changedBy.name ?? entry.changedBy.userId,
                time: formatDateTime(entry.changedAt, i18n.language),
              })}
            </SM>
            <ul>
              {entry.changes.map((change) => (
                <li key={change.field}>{describeChange(change, i18n)}</li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  )
}
