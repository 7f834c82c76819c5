import { AppError } from '@deskmate/shared'
import { HelpdeskApiError } from '../helpdesks/fetch-with-retry.ts'

const MAX_DELAY_SEC = 15 * 60

/**
 * Seconds before the queue redelivers a failed job: the helpdesk's Retry-After when it gave one, else
 * exponential backoff on the attempt number (30 s, 60 s, 120 s, … capped at 15 min).
 * @example retryDelaySec(new Error('boom'), 2) // 60
 */
export const retryDelaySec = (err: unknown, attempts: number): number => {
  if (err instanceof AppError && err.retryAfterSec) return Math.min(MAX_DELAY_SEC, err.retryAfterSec)
  return Math.min(MAX_DELAY_SEC, 30 * 2 ** Math.max(0, attempts - 1))
}

/** True when trying again cannot help (bad credentials, a rejected update): the job goes straight to escalation. */
export const isPermanentFailure = (err: unknown): boolean =>
  err instanceof HelpdeskApiError && !err.isRetryable
