import { describe, expect, it } from 'vitest'
import { pageRange, syncStatus } from './knowledge-view.ts'

const sync = { syncedAt: null, articles: 0, examples: 0, lastError: null, failedAt: null }

describe('the Knowledge section’s view', () => {
  it.each([
    [0, 25, 0, { from: 0, to: 0, total: 0, hasPrevious: false, hasNext: false }],
    [0, 25, 10, { from: 1, to: 10, total: 10, hasPrevious: false, hasNext: false }],
    [0, 25, 25, { from: 1, to: 25, total: 25, hasPrevious: false, hasNext: false }],
    [0, 25, 26, { from: 1, to: 25, total: 26, hasPrevious: false, hasNext: true }],
    [25, 25, 60, { from: 26, to: 50, total: 60, hasPrevious: true, hasNext: true }],
    [50, 25, 60, { from: 51, to: 60, total: 60, hasPrevious: true, hasNext: false }],
  ])('pages offset %i by %i of %i', (offset, limit, total, expected) => {
    expect(pageRange(offset, limit, total)).toEqual(expected)
  })

  it('tells a sync never run, a success and a failure since the last success', () => {
    expect(syncStatus(sync)).toEqual({ status: 'never', lastRun: null })
    const ok = { ...sync, syncedAt: '2026-12-01T08:00:00Z' }
    expect(syncStatus(ok)).toEqual({ status: 'ok', lastRun: '2026-12-01T08:00:00Z' })
    const failed = { ...ok, lastError: 'helpdesk_unavailable', failedAt: '2026-12-02T08:00:00Z' }
    expect(syncStatus(failed)).toEqual({ status: 'failed', lastRun: '2026-12-02T08:00:00Z' })
    const neverOk = { ...sync, lastError: 'unauthorized', failedAt: '2026-12-02T08:00:00Z' }
    expect(syncStatus(neverOk)).toEqual({ status: 'failed', lastRun: '2026-12-02T08:00:00Z' })
  })
})
