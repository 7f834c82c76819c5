import { useI18n, useServerStatus } from '@deskmate/app-core'
import { Button } from './Button.tsx'
import { Notice } from './PanelStates.tsx'

/** The one message while Deskmate's server is unreachable; the panels wait quietly and retry with it. */
export const ServerBanner = () => {
  const { t } = useI18n()
  const { isUnreachable, retryNow } = useServerStatus()
  if (!isUnreachable) return null
  return (
    <Notice tone="error" title={t('server.unreachable')}>
      <p>{t('server.unreachableHint')}</p>
      <Button onClick={retryNow}>{t('server.retryNow')}</Button>
    </Notice>
  )
}
