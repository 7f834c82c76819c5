import type { AppError } from '@deskmate/shared'
import { Button } from '@zendeskgarden/react-buttons'
import { Dots } from '@zendeskgarden/react-loaders'
import { Alert } from '@zendeskgarden/react-notifications'
import { SM } from '@zendeskgarden/react-typography'
import { isServerUnreachable, useI18n } from '@deskmate/app-core'
import styled from 'styled-components'
import { getColor } from '@zendeskgarden/react-theming'

const Row = styled.div`
  display: flex;
  align-items: center;
  gap: ${(p) => p.theme.space.xs};
  color: ${(p) => getColor({ theme: p.theme, variable: 'foreground.subtle' })};
`

/** A loading line: animated dots and a label (announced as a status). */
export const LoadingState = ({ label }: { label: string }) => (
  <Row role="status">
    <Dots size={16} aria-hidden="true" />
    <SM>{label}</SM>
  </Row>
)

/** An empty result, in words. */
export const EmptyState = ({ label }: { label: string }) => <SM>{label}</SM>

/** The translated message for an API error code (a generic line for codes without one). */
export const useErrorMessage = () => {
  const { t, has } = useI18n()
  return (error: AppError | null | undefined): string =>
    error && has(`error.${error.code}`) ? t(`error.${error.code}`) : t('error.generic')
}

/** Props of ErrorState. */
export type ErrorStateProps = { title: string; error: AppError | null | undefined; onRetry: () => void }

/** An error alert with what failed, why, and a Retry button (a quiet line while the server is unreachable). */
export const ErrorState = ({ title, error, onRetry }: ErrorStateProps) => {
  const { t } = useI18n()
  const message = useErrorMessage()
  // The sidebar's one banner explains an unreachable server and retries every panel.
  if (isServerUnreachable(error)) return <LoadingState label={t('server.waiting')} />
  return (
    <Alert type="error">
      <Alert.Title>{title}</Alert.Title>
      <Alert.Paragraph>{message(error)}</Alert.Paragraph>
      <Button size="small" onClick={onRetry} style={{ marginTop: 8 }}>
        {t('common.retry')}
      </Button>
    </Alert>
  )
}
