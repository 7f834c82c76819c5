import type { ReactNode } from 'react'
import type { AppError } from '@deskmate/shared'
import { FwSpinner } from '@freshworks/crayons/react'
import { isServerUnreachable, useErrorMessage, useI18n } from '@deskmate/app-core'
import { Button } from './Button.tsx'

/** A loading line: Crayons' spinner and a label (announced as a status). */
export const LoadingState = ({ label }: { label: string }) => (
  <div className="fd-row fd-muted" role="status">
    <FwSpinner size="small" aria-hidden="true" />
    <span>{label}</span>
  </div>
)

/** An empty result, in words. */
export const EmptyState = ({ label }: { label: string }) => <p className="fd-muted">{label}</p>

/** Props of Notice. */
export type NoticeProps = { tone: 'error' | 'warning'; title: string; children?: ReactNode }

/** An alert box in Crayons' inline-message colours: a title, then what to know or do. */
export const Notice = ({ tone, title, children }: NoticeProps) => (
  <div className={`fd-notice fd-notice--${tone}`} role="alert">
    <strong>{title}</strong>
    {children}
  </div>
)

/** Props of ErrorState. */
export type ErrorStateProps = { title: string; error: AppError | null | undefined; onRetry: () => void }

/** An error alert with what failed, why, and a Retry button (a quiet line while the server is unreachable). */
export const ErrorState = ({ title, error, onRetry }: ErrorStateProps) => {
  const { t } = useI18n()
  const message = useErrorMessage()
  // The sidebar's one banner explains an unreachable server and retries every panel.
  if (isServerUnreachable(error)) return <LoadingState label={t('server.waiting')} />
  return (
    <Notice tone="error" title={title}>
      <p>{message(error)}</p>
      <Button onClick={onRetry}>{t('common.retry')}</Button>
    </Notice>
  )
}
