import Anthropic from '@anthropic-ai/sdk'
import { AppError } from '@deskmate/shared'

const DEFAULT_RETRY_AFTER_SEC = 30

const retryAfterSec = (headers: Headers | undefined): number => {
  const seconds = Number(headers?.get('retry-after'))
  return Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds) : DEFAULT_RETRY_AFTER_SEC
}

/**
 * Maps an Anthropic SDK failure to Deskmate's error codes (the one place that knows the SDK's classes).
 * 429 and 529 (overloaded) both mean "capacity, try later"; timeouts and aborts are `llm_timeout`.
 */
export const mapLlmError = (err: unknown): AppError => {
  if (err instanceof AppError) return err
  if (err instanceof Anthropic.RateLimitError || err instanceof Anthropic.OverloadedError)
    return new AppError('llm_rate_limited', undefined, {
      cause: err,
      retryAfterSec: retryAfterSec(err.headers),
    })
  if (err instanceof Anthropic.APIConnectionTimeoutError || err instanceof Anthropic.APIUserAbortError)
    return new AppError('llm_timeout', undefined, { cause: err })
  if (err instanceof Anthropic.APIError && err.type === 'overloaded_error')
    return new AppError('llm_rate_limited', undefined, { cause: err, retryAfterSec: DEFAULT_RETRY_AFTER_SEC })
  if (err instanceof Anthropic.AnthropicError) return new AppError('llm_upstream', undefined, { cause: err })
  return new AppError('internal', undefined, { cause: err })
}
