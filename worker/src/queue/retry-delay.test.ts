import { AppError } from '@deskmate/shared'
import { describe, expect, it } from 'vitest'
import { HelpdeskApiError } from '../helpdesks/fetch-with-retry.ts'
import { isPermanentFailure, retryDelaySec } from './retry-delay.ts'

describe('retryDelaySec', () => {
  it('returns the helpdesk’s Retry-After when there is one', () => {
    expect(retryDelaySec(new AppError('rate_limited', 'x', { retryAfterSec: 90 }), 1)).toBe(90)
  })

  it('returns exponential backoff by attempt, capped at 15 minutes', () => {
    expect([1, 2, 3, 4].map((n) => retryDelaySec(new Error('x'), n))).toEqual([30, 60, 120, 240])
    expect(retryDelaySec(new Error('x'), 20)).toBe(900)
    expect(retryDelaySec(new AppError('rate_limited', 'x', { retryAfterSec: 5000 }), 1)).toBe(900)
  })
})

describe('isPermanentFailure', () => {
  it('returns true only for helpdesk errors that retrying cannot fix', () => {
    const refused = new HelpdeskApiError('helpdesk_upstream', 'x', {
      upstreamStatus: 422,
      isRetryable: false,
    })
    const down = new HelpdeskApiError('helpdesk_upstream', 'x', { upstreamStatus: 503, isRetryable: true })
    expect(isPermanentFailure(refused)).toBe(true)
    expect(isPermanentFailure(down)).toBe(false)
    expect(isPermanentFailure(new Error('boom'))).toBe(false)
  })
})
