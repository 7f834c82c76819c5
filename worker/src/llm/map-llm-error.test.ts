import Anthropic from '@anthropic-ai/sdk'
import { AppError } from '@deskmate/shared'
import { describe, expect, it } from 'vitest'
import { mapLlmError } from './map-llm-error.ts'

const body = (type: string) => ({ type: 'error', error: { type, message: type } })

describe('mapLlmError', () => {
  it('maps 429 to llm_rate_limited with the retry-after seconds', () => {
    const err = new Anthropic.RateLimitError(
      429,
      body('rate_limit_error'),
      undefined,
      new Headers({ 'retry-after': '7' }),
    )
    expect(mapLlmError(err)).toMatchObject({
      code: 'llm_rate_limited',
      status: 503,
      retryAfterSec: 7,
      cause: err,
    })
  })

  it('maps 529 and a mid-stream overloaded_error to llm_rate_limited', () => {
    const overloaded = new Anthropic.OverloadedError(529, body('overloaded_error'), undefined, new Headers())
    expect(mapLlmError(overloaded)).toMatchObject({ code: 'llm_rate_limited', retryAfterSec: 30 })
    const streamed = new Anthropic.APIError(undefined, body('overloaded_error'), undefined, new Headers())
    expect(mapLlmError(streamed).code).toBe('llm_rate_limited')
  })

  it('maps timeouts to llm_timeout', () => {
    expect(mapLlmError(new Anthropic.APIConnectionTimeoutError()).code).toBe('llm_timeout')
  })

  it('maps other API and connection errors to llm_upstream', () => {
    const internal = new Anthropic.InternalServerError(500, body('api_error'), undefined, new Headers())
    expect(mapLlmError(internal)).toMatchObject({ code: 'llm_upstream', status: 502 })
    expect(mapLlmError(new Anthropic.APIConnectionError({ message: 'reset' })).code).toBe('llm_upstream')
    const auth = new Anthropic.AuthenticationError(
      401,
      body('authentication_error'),
      undefined,
      new Headers(),
    )
    expect(mapLlmError(auth).code).toBe('llm_upstream')
  })

  it('passes AppErrors through and maps anything else to internal', () => {
    const own = new AppError('llm_timeout')
    expect(mapLlmError(own)).toBe(own)
    expect(mapLlmError(new TypeError('boom')).code).toBe('internal')
  })
})
