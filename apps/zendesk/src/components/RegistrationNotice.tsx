import { Alert } from '@zendeskgarden/react-notifications'
import { registrationAdvice, useI18n, useRegistration } from '@deskmate/app-core'

/** Registers the installation on an admin's load; if that fails, says so without blocking the panels. */
export const RegistrationNotice = () => {
  const { t, has } = useI18n()
  const registration = useRegistration()
  const advice = registrationAdvice(registration)
  if (advice === null) return null
  return (
    <Alert type="warning">
      <Alert.Title>{t('registration.failed')}</Alert.Title>
      <Alert.Paragraph>{has(advice) ? t(advice) : t('error.generic')}</Alert.Paragraph>
    </Alert>
  )
}
