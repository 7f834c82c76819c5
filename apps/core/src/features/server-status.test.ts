import { afterEach, describe, expect, it, vi } from 'vitest'
import { createServerStatusStore } from './server-status.ts'

describe('createServerStatusStore', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('retries with doubling waits, capped at the last one, until a call reaches the server', () => {
    vi.useFakeTimers()
    const store = createServerStatusStore([100, 200, 400])
    const retries: number[] = []
    store.subscribe(() => retries.push(store.get().retryCount))
    store.markUnreachable()
    store.markUnreachable() // a second failure while a retry is pending schedules nothing more
    expect(store.get()).toEqual({ isUnreachable: true, retryCount: 0 })
    vi.advanceTimersByTime(99)
    expect(store.get().retryCount).toBe(0)
    vi.advanceTimersByTime(1)
    expect(store.get().retryCount).toBe(1)
    for (const wait of [200, 400, 400]) {
      store.markUnreachable()
      vi.advanceTimersByTime(wait - 1)
      const before = store.get().retryCount
      vi.advanceTimersByTime(1)
      expect(store.get().retryCount).toBe(before + 1)
    }
    store.markReachable()
    expect(store.get().isUnreachable).toBe(false)
    expect(retries.at(-1)).toBe(5)
    vi.advanceTimersByTime(10_000)
    expect(store.get().retryCount).toBe(5)
  })
})
