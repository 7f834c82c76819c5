import { AppError, toProblem } from '@deskmate/shared'
import type { ErrorHandler, NotFoundHandler } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { AppEnv } from '../env.ts'
import { logEvent } from './log.ts'

const fromHttpException = (err: HTTPException): AppError => {
  if (err.status === 413) return new AppError('payload_too_large', 'The request body is too large')
  if (err.status === 401) return new AppError('unauthorized', err.message || undefined)
  if (err.status === 404) return new AppError('not_found', err.message || undefined)
  if (err.status === 405) return new AppError('method_not_allowed')
  if (err.status >= 400 && err.status < 500)
    return new AppError('validation_failed', err.message || undefined)
  return new AppError('internal', undefined, { cause: err })
}

const toAppError = (err: unknown): AppError => {
  if (err instanceof AppError) return err
  if (err instanceof HTTPException) return fromHttpException(err)
  return new AppError('internal', 'Internal error', { cause: err })
}

/** Builds the problem+json response for an error (also used for errors outside Hono's handler). */
export const problemResponse = (error: AppError, requestId: string | undefined): Response => {
  const headers = new Headers({ 'Content-Type': 'application/problem+json' })
  if (requestId) headers.set('X-Request-Id', requestId)
  if (error.retryAfterSec) headers.set('Retry-After', String(error.retryAfterSec))
  return new Response(JSON.stringify(toProblem(error, requestId)), { status: error.status, headers })
}

/** Every error leaves as application/problem+json with a stable code and the request id. */
export const onError: ErrorHandler<AppEnv> = (err, c) => {
  const error = toAppError(err)
  const requestId = c.get('requestId')
  if (error.status >= 500) {
    // Only the error's class and message: never request bodies or secrets.
    const cause =
      error.cause instanceof Error ? `${error.cause.name}: ${error.cause.message}` : String(error.cause)
    logEvent('error', 'request_failed', { requestId, code: error.code, cause })
  }
  return problemResponse(error, requestId)
}

/** Unknown routes answer 404 in the same format. */
export const onNotFound: NotFoundHandler<AppEnv> = (c) =>
  problemResponse(new AppError('not_found', `No route for ${c.req.method} ${c.req.path}`), c.get('requestId'))
