import { describe, expect, it } from 'vitest'
import { parseProblem } from './parse-problem.ts'

describe('parseProblem', () => {
  it('returns an AppError with the problem code, title and details', () => {
    const error = parseProblem(
      {
        type: 'https://deskmate.dev/errors/validation_failed',
        title: 'Bad ticket',
        status: 400,
        code: 'validation_failed',
        details: [{ path: 'ticket.body', message: 'Required' }],
      },
      400,
    )
    expect([error.code, error.message, error.status, error.details]).toEqual([
      'validation_failed',
      'Bad ticket',
      400,
      [{ path: 'ticket.body', message: 'Required' }],
    ])
  })

  it('falls back on the HTTP status for a body that is not a problem', () => {
    expect(parseProblem('<html>', 429).code).toBe('rate_limited')
    expect(parseProblem({ code: 'validation_failed' }, 401).code).toBe('unauthorized')
    expect(parseProblem(undefined, 0).code).toBe('internal')
  })

  it('ignores unknown codes', () => {
    expect(parseProblem({ type: 't', title: 'x', status: 418, code: 'teapot' }, 418).code).toBe('internal')
  })
})
