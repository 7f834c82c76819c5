import { Button } from '@zendeskgarden/react-buttons'
import { Alert } from '@zendeskgarden/react-notifications'
import { useI18n, useServerStatus } from '@deskmate/app-core'

/** The one message while Deskmate's server is unreachable; the panels wait quietly and retry with it. */
export const ServerBanner = () => {
  const { t } = useI18n()
  const { isUnreachable, retryNow } = useServerStatus()
  if (!isUnreachable) return null
  return (
    <Alert type="error">
      <Alert.Title>{t('server.unreachable')}</Alert.Title>
      <Alert.Paragraph>{t('server.unreachableHint')}</Alert.Paragraph>
      <Button size="small" onClick={retryNow} style={{ marginTop: 8 }}>
        {t('server.retryNow')}
      </Button>
    </Alert>
  )
}
