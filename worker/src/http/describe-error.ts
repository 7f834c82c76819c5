import { AppError } from '@deskmate/shared'

/** An error as a log line or a stored status may show it. */
export type ErrorDescription = {
  /** The AppError code, else `internal`. */
  code: string
  /** The upstream HTTP status (helpdesk or LLM), when there was one. */
  status?: number
  /** Our own message for an AppError; for anything else only its class, or D1's own error text. */
  message: string
  /** The class (and D1 text) of the underlying cause, when there is one. */
  cause?: string
}

// D1's messages name the failed SQL feature ("too many SQL variables"), never bound values.
const isD1Message = (message: string): boolean => /^D1_[A-Z_]+:/.test(message)

const safeText = (err: unknown): string => {
  if (!(err instanceof Error)) return typeof err
  return isD1Message(err.message) ? `${err.name}: ${err.message.slice(0, 200)}` : err.name
}

const statusOf = (err: unknown): number | undefined => {
  const record = err as { upstreamStatus?: unknown; status?: unknown } | null
  const status = record?.upstreamStatus ?? (err instanceof AppError ? undefined : record?.status)
  return typeof status === 'number' ? status : undefined
}

/**
 * Describes an error without ticket text or secrets: messages of foreign errors (which may quote a request
 * or a response) are replaced by their class, except D1's, which name only the failed SQL feature.
 * @example logEvent('warn', 'job_failed', { ...describeError(err) })
 */
export const describeError = (err: unknown): ErrorDescription => {
  const status = statusOf(err)
  const cause = err instanceof Error && err.cause !== undefined ? safeText(err.cause) : undefined
  return {
    code: err instanceof AppError ? err.code : 'internal',
    ...(status !== undefined ? { status } : {}),
    message: err instanceof AppError ? err.message : safeText(err),
    ...(cause !== undefined ? { cause } : {}),
  }
}
