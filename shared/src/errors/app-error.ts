/** Every error code the API can answer with, mapped to its HTTP status. */
export const ERROR_STATUS = {
  validation_failed: 400,
  invalid_json: 400,
  unauthorized: 401,
  token_expired: 401,
  webhook_signature_invalid: 401,
  forbidden: 403,
  admin_required: 403,
  not_found: 404,
  ticket_not_found: 404,
  tenant_not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  webhook_replayed: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  import_failed: 422,
  rate_limited: 429,
  internal: 500,
  llm_upstream: 502,
  helpdesk_upstream: 502,
  llm_rate_limited: 503,
  llm_timeout: 504,
} as const

/** A stable, snake_case error code. */
export type ErrorCode = keyof typeof ERROR_STATUS

/** Details attached to a validation or import error (one entry per offending field or row). */
export type ErrorDetail = { path: string; message: string }

/** The one error type services throw; the HTTP layer turns it into problem+json. */
export class AppError extends Error {
  override name = 'AppError'
  readonly code: ErrorCode
  readonly retryAfterSec: number | undefined
  readonly details: ErrorDetail[] | undefined

  constructor(
    code: ErrorCode,
    message?: string,
    opts: { cause?: unknown; retryAfterSec?: number; details?: ErrorDetail[] } = {},
  ) {
    super(message ?? code, { cause: opts.cause })
    this.code = code
    this.retryAfterSec = opts.retryAfterSec
    this.details = opts.details
  }

  get status(): (typeof ERROR_STATUS)[ErrorCode] {
    return ERROR_STATUS[this.code]
  }
}

/** True when `code` is one of the API's error codes. */
export const isErrorCode = (code: unknown): code is ErrorCode =>
  typeof code === 'string' && Object.hasOwn(ERROR_STATUS, code)
