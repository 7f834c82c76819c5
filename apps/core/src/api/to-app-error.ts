import { AppError, parseProblem } from '@deskmate/shared'
import { WorkerResponseError } from '../host/host-client.ts'

/** Turns anything a Worker call throws into an AppError (problem+json bodies keep their code). */
export const toAppError = (error: unknown): AppError => {
  if (error instanceof AppError) return error
  if (error instanceof WorkerResponseError) return parseProblem(error.body, error.status)
  const message = error instanceof Error ? error.message : String(error)
  return new AppError('internal', message, { cause: error })
}

/** True for the error fetch throws when its signal aborts. */
export const isAbortError = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError'
