import { AppError, isErrorCode, type ErrorDetail } from './app-error.ts'

// Kept apart from problem.ts (and checked by hand, not with ZProblem) so browser bundles that only
// parse errors do not ship zod.
type ProblemFields = { title: string; code: string; details?: ErrorDetail[] }

const isDetail = (value: unknown): value is ErrorDetail =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as ErrorDetail).path === 'string' &&
  typeof (value as ErrorDetail).message === 'string'

const readProblem = (body: unknown): ProblemFields | null => {
  if (typeof body !== 'object' || body === null) return null
  const { type, title, status, code, details } = body as Record<string, unknown>
  if (typeof type !== 'string' || typeof title !== 'string' || typeof code !== 'string') return null
  if (typeof status !== 'number' || !Number.isInteger(status)) return null
  if (details !== undefined && !(Array.isArray(details) && details.every(isDetail))) return null
  return { title, code, ...(details ? { details } : {}) }
}

/** Parses a problem body back into an AppError (clients use this on non-2xx answers). */
export const parseProblem = (body: unknown, status: number): AppError => {
  const problem = readProblem(body)
  if (problem && isErrorCode(problem.code)) {
    return new AppError(problem.code, problem.title, { details: problem.details })
  }
  if (status === 401) return new AppError('unauthorized')
  if (status === 404) return new AppError('not_found')
  if (status === 413) return new AppError('payload_too_large')
  if (status === 429) return new AppError('rate_limited')
  return new AppError('internal', `Unexpected response (HTTP ${status})`)
}
