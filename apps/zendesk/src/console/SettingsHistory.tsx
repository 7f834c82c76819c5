import styled from 'styled-components'
import { LG } from '@zendeskgarden/react-typography'
import { SettingsHistoryList, useI18n, useSettingsHistory, type ConsoleClient } from '@deskmate/app-core'

const Entries = styled(SettingsHistoryList)`
  > li > span {
    font-size: ${(p) => p.theme.fontSizes.sm};
  }
`

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
      <Entries items={items ?? []} labelledBy="history-title" />
    </section>
  )
}
