import { createContext, useContext, useEffect, useState, useSyncExternalStore, type ReactNode } from 'react'
import { createServerStatusStore, type ServerStatus, type ServerStatusStore } from './server-status.ts'

const ServerStatusContext = createContext<ServerStatusStore | undefined>(undefined)

/** Provides one server-status store for the sidebar (its timer stops on unmount). */
export const ServerStatusProvider = ({
  retryDelaysMs,
  children,
}: {
  retryDelaysMs?: readonly number[]
  children: ReactNode
}) => {
  const [store] = useState(() => createServerStatusStore(retryDelaysMs))
  useEffect(() => () => store.dispose(), [store])
  return <ServerStatusContext.Provider value={store}>{children}</ServerStatusContext.Provider>
}

/** The server-status store; throws outside <ServerStatusProvider>. */
export const useServerStatusStore = (): ServerStatusStore => {
  const store = useContext(ServerStatusContext)
  if (!store) throw new Error('useServerStatusStore must be used within <ServerStatusProvider>')
  return store
}

/** The store when one is provided (hooks used outside the provider in isolated tests keep working). */
export const useOptionalServerStatusStore = (): ServerStatusStore | undefined =>
  useContext(ServerStatusContext)

/** Whether the Worker is reachable, and a way to retry now; re-renders when that changes. */
export const useServerStatus = (): ServerStatus & { retryNow: () => void } => {
  const store = useServerStatusStore()
  const status = useSyncExternalStore(store.subscribe, store.get, store.get)
  return { ...status, retryNow: store.retryNow }
}
