import { useCallback, useEffect, useRef, useState } from 'react'
import type { AppError } from '@deskmate/shared'
import { toAppError } from '../api/to-app-error.ts'
import { isServerUnreachable } from '../api/server-unreachable.ts'
import { useOptionalServerStatusStore } from './server-status-context.tsx'

/** A loaded value: `loading` only before the first answer; later reloads keep the data and set isRefreshing. */
export type Resource<T> =
  | { status: 'idle'; data: undefined; error: undefined; isRefreshing: false; retry: () => void }
  | { status: 'loading'; data: undefined; error: undefined; isRefreshing: false; retry: () => void }
  | { status: 'success'; data: T; error: undefined; isRefreshing: boolean; retry: () => void }
  | { status: 'error'; data: undefined; error: AppError; isRefreshing: false; retry: () => void }

type State<T> = {
  status: 'idle' | 'loading' | 'success' | 'error'
  data?: T
  error?: AppError
  isRefreshing: boolean
}

/**
 * Loads with `load` whenever `key` changes (null skips loading), never blocking the UI: earlier data
 * stays visible while a reload runs, and an answer that arrives after a newer request is dropped.
 */
export const useResource = <T>(key: string | null, load: () => Promise<T>): Resource<T> => {
  const [state, setState] = useState<State<T>>({
    status: key === null ? 'idle' : 'loading',
    isRefreshing: false,
  })
  const [attempt, setAttempt] = useState(0)
  const loadRef = useRef(load)
  loadRef.current = load

  useEffect(() => {
    if (key === null) {
      setState({ status: 'idle', isRefreshing: false })
      return
    }
    let isCurrent = true
    setState((previous) =>
      previous.status === 'success'
        ? { ...previous, isRefreshing: true }
        : { status: 'loading', isRefreshing: false },
    )
    loadRef.current().then(
      (data) => isCurrent && setState({ status: 'success', data, isRefreshing: false }),
      (error: unknown) =>
        isCurrent && setState({ status: 'error', error: toAppError(error), isRefreshing: false }),
    )
    return () => {
      isCurrent = false
    }
  }, [key, attempt])

  // While the Worker is unreachable, a failed load runs again at each retry the server status announces.
  const statusStore = useOptionalServerStatusStore()
  const isWaitingForServer = state.status === 'error' && isServerUnreachable(state.error)
  useEffect(() => {
    if (!statusStore || !isWaitingForServer) return
    const seen = statusStore.get().retryCount
    return statusStore.subscribe(() => {
      if (statusStore.get().retryCount !== seen) setAttempt((n) => n + 1)
    })
  }, [statusStore, isWaitingForServer])

  const retry = useCallback(() => setAttempt((n) => n + 1), [])
  return { ...state, retry } as Resource<T>
}
