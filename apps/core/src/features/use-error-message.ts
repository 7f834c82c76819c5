import type { AppError } from '@deskmate/shared'
import { useI18n } from '../i18n/i18n-context.tsx'

/** The translated message for an API error code (a generic line for codes without one). */
export const useErrorMessage = () => {
  const { t, has } = useI18n()
  return (error: AppError | null | undefined): string =>
    error && has(`error.${error.code}`) ? t(`error.${error.code}`) : t('error.generic')
}
