import { describe, expect, it } from 'vitest'
import {
  DEFAULT_RETRY,
  HelpdeskApiError,
  fetchWithRetry,
  parseRetryAfter,
  type RetryOptions,
} from './fetch-with-retry.ts'

type Step = Response | Error

/** A fetch that answers the given steps in order and records the waits in between. */
const scripted = (steps: Step[]) => {
  const waits: number[] = []
  let calls = 0
  const options: RetryOptions = {
    ...DEFAULT_RETRY,
    fetch: async () => {
      const step = steps[Math.min(calls++, steps.length - 1)]
      if (step instanceof Error) throw step
      return step!.clone()
    },
    sleep: async (ms) => void waits.push(ms),
  }
  return { options, waits, calls: () => calls }
}

const status = (code: number, headers: Record<string, string> = {}) =>
  new Response(code === 204 ? null : '{}', { status: code, headers })
const timeout = () => Object.assign(new Error('The operation timed out'), { name: 'TimeoutError' })

describe('fetchWithRetry', () => {
  it('waits for Retry-After on 429, then returns the answer', async () => {
    const run = scripted([status(429, { 'Retry-After': '2' }), status(200)])
    const res = await fetchWithRetry('https://x.test/a', { method: 'GET' }, run.options)
    expect(res.status).toBe(200)
    expect(run.waits).toEqual([2000])
  })

  it('hands a long Retry-After back to the caller as rate_limited', async () => {
    const run = scripted([status(429, { 'Retry-After': '120' })])
    const error = await fetchWithRetry('https://x.test/a', {}, run.options).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(HelpdeskApiError)
    expect(error).toMatchObject({ code: 'rate_limited', retryAfterSec: 120, isRetryable: true })
    expect(run.calls()).toBe(1)
  })

  it('retries 500 and 503 with growing backoff', async () => {
    const run = scripted([status(503), status(500), status(200)])
    expect((await fetchWithRetry('https://x.test/a', {}, run.options)).status).toBe(200)
    expect(run.waits).toHaveLength(2)
    expect(run.waits[0]).toBeGreaterThanOrEqual(250)
    expect(run.waits[0]).toBeLessThanOrEqual(500)
    expect(run.waits[1]).toBeGreaterThanOrEqual(500)
    expect(run.waits[1]).toBeLessThanOrEqual(1000)
  })

  it('gives up after the last attempt with a retryable upstream error', async () => {
    const run = scripted([status(502)])
    await expect(fetchWithRetry('https://x.test/a', {}, run.options)).rejects.toMatchObject({
      code: 'helpdesk_upstream',
      upstreamStatus: 502,
      isRetryable: true,
    })
    expect(run.calls()).toBe(DEFAULT_RETRY.maxAttempts)
  })

  it('retries timeouts and network failures', async () => {
    const run = scripted([timeout(), new TypeError('fetch failed'), status(200)])
    expect((await fetchWithRetry('https://x.test/a', {}, run.options)).status).toBe(200)
    expect(run.calls()).toBe(3)
  })

  it('reports a timeout that never ends as a retryable upstream error', async () => {
    const run = scripted([timeout()])
    await expect(fetchWithRetry('https://x.test/a', {}, run.options)).rejects.toMatchObject({
      code: 'helpdesk_upstream',
      upstreamStatus: null,
      isRetryable: true,
    })
  })

  it.each([200, 201, 400, 401, 404, 422])('returns status %i at once', async (code) => {
    const run = scripted([status(code)])
    expect((await fetchWithRetry('https://x.test/a', {}, run.options)).status).toBe(code)
    expect(run.calls()).toBe(1)
  })
})

describe('fetchWithRetry on writes', () => {
  const put = { method: 'PUT', body: '{}' }

  it.each([
    ['a timeout', timeout()],
    ['a 503', status(503)],
    ['a 500', status(500)],
  ])('never resends an unconditional write after %s: its outcome is unknown', async (_name, step) => {
    const run = scripted([step, status(200)])
    await expect(fetchWithRetry('https://x.test/a', put, run.options)).rejects.toMatchObject({
      code: 'helpdesk_upstream',
      isRetryable: true,
    })
    expect(run.calls()).toBe(1)
  })

  it('resends a write refused with 429 (Zendesk applied nothing)', async () => {
    const run = scripted([status(429, { 'Retry-After': '1' }), status(200)])
    expect((await fetchWithRetry('https://x.test/a', put, run.options)).status).toBe(200)
    expect(run.calls()).toBe(2)
  })

  it('resends a conditional write after a timeout', async () => {
    const run = scripted([timeout(), status(200)])
    const options = { ...run.options, isIdempotent: true }
    expect((await fetchWithRetry('https://x.test/a', put, options)).status).toBe(200)
    expect(run.calls()).toBe(2)
  })

  it('returns a 409 on a write to its caller, and retries a 409 on a read', async () => {
    const write = scripted([status(409), status(200)])
    const options = { ...write.options, isIdempotent: true }
    expect((await fetchWithRetry('https://x.test/a', put, options)).status).toBe(409)
    const read = scripted([status(409), status(200)])
    expect((await fetchWithRetry('https://x.test/a', { method: 'GET' }, read.options)).status).toBe(200)
  })
})

describe('parseRetryAfter', () => {
  const now = new Date('2026-01-01T00:00:00Z')
  it('returns seconds from delta-seconds or an HTTP date, 60 when absent', () => {
    expect(parseRetryAfter('7', now)).toBe(7)
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:30 GMT', now)).toBe(30)
    expect(parseRetryAfter(null, now)).toBe(60)
    expect(parseRetryAfter('soon', now)).toBe(60)
  })
})
