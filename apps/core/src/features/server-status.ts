/** Waits between retries while the Worker is unreachable: doubling from the first, capped at the last. */
export const RETRY_DELAYS_MS = [2_000, 4_000, 8_000, 16_000, 30_000] as const

/** What the sidebar knows about the Worker: reachable, or not and when the next retry runs. */
export type ServerStatus = { isUnreachable: boolean; retryCount: number }

/** Tracks whether the Worker answers; while it does not, announces retries with capped backoff. */
export type ServerStatusStore = {
  get: () => ServerStatus
  subscribe: (listener: () => void) => () => void
  /** A call reached the Worker (whatever it answered). */
  markReachable: () => void
  /** A call did not reach the Worker: schedule the next retry unless one is pending. */
  markUnreachable: () => void
  /** Retry now, without waiting for the timer. */
  retryNow: () => void
  dispose: () => void
}

/** Creates the store; `delays` are the waits between retries (the last one repeats). */
export const createServerStatusStore = (delays: readonly number[] = RETRY_DELAYS_MS): ServerStatusStore => {
  let status: ServerStatus = { isUnreachable: false, retryCount: 0 }
  let failures = 0
  let timer: ReturnType<typeof setTimeout> | undefined
  const listeners = new Set<() => void>()
  const publish = (next: ServerStatus) => {
    status = next
    for (const listener of listeners) listener()
  }
  const clearTimer = () => {
    if (timer !== undefined) clearTimeout(timer)
    timer = undefined
  }
  const retry = () => {
    clearTimer()
    publish({ isUnreachable: true, retryCount: status.retryCount + 1 })
  }
  return {
    get: () => status,
    subscribe: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    markReachable: () => {
      failures = 0
      clearTimer()
      // Loads still waiting for the server run again now that it answers.
      if (status.isUnreachable) publish({ isUnreachable: false, retryCount: status.retryCount + 1 })
    },
    markUnreachable: () => {
      if (timer !== undefined) return
      const delay = delays[Math.min(failures, delays.length - 1)] ?? 30_000
      failures += 1
      timer = setTimeout(retry, delay)
      if (!status.isUnreachable) publish({ isUnreachable: true, retryCount: status.retryCount })
    },
    retryNow: () => {
      if (status.isUnreachable) retry()
    },
    dispose: clearTimer,
  }
}
