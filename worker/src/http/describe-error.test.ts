import { AppError } from '@deskmate/shared'
import { describe, expect, it } from 'vitest'
import { HelpdeskApiError } from '../helpdesks/fetch-with-retry.ts'
import { describeError } from './describe-error.ts'

describe('describeError', () => {
  it('returns an AppError’s code, message, upstream status and the class of its cause', () => {
    const timeout = Object.assign(new Error('The operation was aborted'), { name: 'TimeoutError' })
    const error = new HelpdeskApiError('helpdesk_upstream', 'The helpdesk did not answer in time', {
      upstreamStatus: null,
      isRetryable: true,
      cause: timeout,
    })
    expect(describeError(error)).toEqual({
      code: 'helpdesk_upstream',
      message: 'The helpdesk did not answer in time',
      cause: 'TimeoutError',
    })
    const refused = new HelpdeskApiError('forbidden', 'Zendesk refused the API credentials', {
      upstreamStatus: 401,
      isRetryable: false,
    })
    expect(describeError(refused)).toMatchObject({ code: 'forbidden', status: 401 })
  })

  it('keeps D1’s error text, which names the SQL feature and no value', () => {
    const error = new Error('D1_ERROR: too many SQL variables at offset 120: SQLITE_ERROR')
    expect(describeError(error)).toEqual({ code: 'internal', message: `Error: ${error.message}` })
  })

  it('never repeats a foreign message, which may quote ticket text or a key', () => {
    const leaky = new SyntaxError('Unexpected token in JSON: "my password is hunter2"')
    const described = JSON.stringify(describeError(new AppError('internal', 'Boom', { cause: leaky })))
    expect(described).not.toContain('hunter2')
    expect(describeError(leaky)).toEqual({ code: 'internal', message: 'SyntaxError' })
  })
})
