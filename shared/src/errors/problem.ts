import { z } from 'zod'
import type { AppError } from './app-error.ts'

/** The RFC 9457 problem body every error response carries. */
export const ZProblem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  code: z.string(),
  requestId: z.string().optional(),
  details: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
})
export type Problem = z.infer<typeof ZProblem>

/** The problem body for an AppError. */
export const toProblem = (error: AppError, requestId?: string): Problem => ({
  type: `https://deskmate.dev/errors/${error.code}`,
  title: error.message,
  status: error.status,
  code: error.code,
  ...(requestId ? { requestId } : {}),
  ...(error.details ? { details: error.details } : {}),
})

export { parseProblem } from './parse-problem.ts'
