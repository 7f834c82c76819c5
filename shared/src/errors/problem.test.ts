import { describe, expect, it } from 'vitest'
import { AppError, ERROR_STATUS } from './app-error.ts'
import { parseProblem, toProblem } from './problem.ts'

describe('AppError', () => {
  it('takes its status from the code', () => {
    expect(new AppError('payload_too_large').status).toBe(413)
    expect(new AppError('validation_failed').status).toBe(400)
  })

  it('maps every code to a 4xx or 5xx status', () => {
    for (const status of Object.values(ERROR_STATUS)) expect(status).toBeGreaterThanOrEqual(400)
  })
})

describe('problem+json', () => {
  it('round-trips an AppError with its details', () => {
    const error = new AppError('import_failed', 'Broken rows', {
      details: [{ path: 'row 2.title', message: 'Required' }],
    })
    const problem = toProblem(error, 'req-12345678')
    expect(problem).toEqual({
      type: 'https://deskmate.dev/errors/import_failed',
      title: 'Broken rows',
      status: 422,
      code: 'import_failed',
      requestId: 'req-12345678',
      details: [{ path: 'row 2.title', message: 'Required' }],
    })
    const parsed = parseProblem(problem, 422)
    expect(parsed).toBeInstanceOf(AppError)
    expect(parsed.code).toBe('import_failed')
    expect(parsed.details).toEqual(problem.details)
  })

  it('falls back on the HTTP status for a body that is not a problem', () => {
    expect(parseProblem('<html>', 401).code).toBe('unauthorized')
    expect(parseProblem(null, 502).code).toBe('internal')
    expect(parseProblem({ code: 'made_up', title: 'x', status: 400, type: 't' }, 429).code).toBe(
      'rate_limited',
    )
  })
})
