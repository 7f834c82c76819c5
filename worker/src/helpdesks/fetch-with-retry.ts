import { AppError, type ErrorCode } from '@deskmate/shared'

/** A helpdesk API failure, with whether trying again later can succeed. */
export class HelpdeskApiError extends AppError {
  override name = 'HelpdeskApiError'
  readonly upstreamStatus: number | null
  readonly isRetryable: boolean

  constructor(
    code: ErrorCode,
    message: string,
    opts: { upstreamStatus: number | null; isRetryable: boolean; retryAfterSec?: number; cause?: unknown },
  ) {
    super(code, message, {
      cause: opts.cause,
      ...(opts.retryAfterSec ? { retryAfterSec: opts.retryAfterSec } : {}),
    })
    this.upstreamStatus = opts.upstreamStatus
    this.isRetryable = opts.isRetryable
  }
}

/** How one helpdesk call waits and retries. */
export type RetryOptions = {
  fetch: typeof fetch
  sleep: (ms: number) => Promise<void>
  /** Per attempt. */
  timeoutMs: number
  maxAttempts: number
  /** Longest Retry-After honoured in place; longer waits are handed back to the queue. */
  maxWaitSec: number
  baseDelayMs: number
  maxDelayMs: number
  /**
   * Whether sending the request twice is harmless. Defaults to true for GET and HEAD only: a write whose
   * answer is lost may have been applied, so it is resent only when conditional (Zendesk's safe_update).
   */
  isIdempotent?: boolean
}

/** Defaults sized for a queue consumer (a 429 longer than 20 s is retried by the queue instead). */
export const DEFAULT_RETRY: Omit<RetryOptions, 'fetch' | 'sleep'> = {
  timeoutMs: 10_000,
  maxAttempts: 4,
  maxWaitSec: 20,
  baseDelayMs: 500,
  maxDelayMs: 8_000,
}

// The retry rules in one place: 408, 429 and 5xx are transient, and 409 for reads; every other status is
// final. A 409 on a write is a conflict its caller resolves (a stale safe_update), never a reason to resend.
const isTransientStatus = (status: number, isRead: boolean): boolean =>
  status === 408 || (status === 409 && isRead) || status >= 500

const READ_METHODS = new Set(['GET', 'HEAD'])

const unconfirmedWrite = (status: number | null, cause?: unknown): HelpdeskApiError =>
  new HelpdeskApiError('helpdesk_upstream', 'The helpdesk did not confirm the write', {
    upstreamStatus: status,
    isRetryable: true,
    cause,
  })

/** Seconds from a Retry-After header (delta-seconds or an HTTP date); 60 when absent or unreadable. */
export const parseRetryAfter = (value: string | null, now: Date): number => {
  if (!value) return 60
  const seconds = Number(value)
  if (Number.isFinite(seconds) && seconds >= 0) return Math.ceil(seconds)
  const date = Date.parse(value)
  return Number.isNaN(date) ? 60 : Math.max(0, Math.ceil((date - now.getTime()) / 1000))
}

const backoffMs = (attempt: number, opts: RetryOptions): number =>
  Math.min(opts.maxDelayMs, opts.baseDelayMs * 2 ** (attempt - 1)) * (0.5 + Math.random() / 2)

/**
 * Fetches with a timeout per attempt, honours 429 Retry-After, retries transient failures with capped
 * exponential backoff and jitter. Returns the first final response (2xx-4xx except 408/429, and 409 on
 * reads). A write that is not idempotent is retried only after a 429 (refused before it was applied): a
 * timeout or 5xx leaves its outcome unknown, reported as a retryable `helpdesk_upstream` for the caller to
 * check before writing again.
 * @example const res = await fetchWithRetry(url, { method: 'GET' }, { ...DEFAULT_RETRY, fetch, sleep })
 */
export const fetchWithRetry = async (
  url: string,
  init: RequestInit,
  opts: RetryOptions,
): Promise<Response> => {
  const isRead = READ_METHODS.has((init.method ?? 'GET').toUpperCase())
  const canResend = opts.isIdempotent ?? isRead
  for (let attempt = 1; ; attempt++) {
    const isLast = attempt >= opts.maxAttempts
    let response: Response
    try {
      response = await opts.fetch(url, { ...init, signal: AbortSignal.timeout(opts.timeoutMs) })
    } catch (cause) {
      const isTimeout =
        cause instanceof Error && (cause.name === 'TimeoutError' || cause.name === 'AbortError')
      if (!canResend) throw unconfirmedWrite(null, cause)
      if (isLast) {
        const message = isTimeout ? 'The helpdesk did not answer in time' : 'The helpdesk is unreachable'
        throw new HelpdeskApiError('helpdesk_upstream', message, {
          upstreamStatus: null,
          isRetryable: true,
          cause,
        })
      }
      await opts.sleep(backoffMs(attempt, opts))
      continue
    }
    if (response.status === 429) {
      const waitSec = parseRetryAfter(response.headers.get('Retry-After'), new Date())
      await response.body?.cancel()
      if (isLast || waitSec > opts.maxWaitSec) {
        throw new HelpdeskApiError('rate_limited', 'The helpdesk rate limit is reached', {
          upstreamStatus: 429,
          isRetryable: true,
          retryAfterSec: Math.max(1, waitSec),
        })
      }
      await opts.sleep(waitSec * 1000)
      continue
    }
    if (isTransientStatus(response.status, isRead)) {
      if (!canResend) {
        await response.body?.cancel()
        throw unconfirmedWrite(response.status)
      }
      if (isLast) {
        throw new HelpdeskApiError('helpdesk_upstream', `The helpdesk answered ${response.status}`, {
          upstreamStatus: response.status,
          isRetryable: true,
        })
      }
      await response.body?.cancel()
      await opts.sleep(backoffMs(attempt, opts))
      continue
    }
    return response
  }
}
