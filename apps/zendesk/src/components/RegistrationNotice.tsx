import { Alert } from '@zendeskgarden/react-notifications'
import { useI18n, useRegistration } from '@deskmate/app-core'

/** Registers the installation on an admin's load; if that fails, says so without blocking the panels. */
export const RegistrationNotice = () => {
  const { t } = useI18n()
  const registration = useRegistration()
  if (registration.status !== 'failed') return null
  return (
    <Alert type="warning">
      <Alert.Title>{t('registration.failed')}</Alert.Title>
      <Alert.Paragraph>{t('registration.hint')}</Alert.Paragraph>
    </Alert>
  )
}
