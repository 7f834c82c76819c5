import { createContext, useContext, useMemo, type ReactNode } from 'react'
import { createWorkerClient, type WorkerClient } from '../api/worker-client.ts'
import { useHost } from '../host/host-context.tsx'
import { useOptionalServerStatusStore } from './server-status-context.tsx'

const WorkerClientContext = createContext<WorkerClient | undefined>(undefined)

/** Provides the Worker client built over the host; `fetch` serves the direct draft stream. */
export const WorkerClientProvider = ({
  fetch,
  children,
}: {
  fetch?: typeof globalThis.fetch
  children: ReactNode
}) => {
  const host = useHost()
  const reachability = useOptionalServerStatusStore()
  const client = useMemo(
    () =>
      createWorkerClient(host, { ...(fetch ? { fetch } : {}), ...(reachability ? { reachability } : {}) }),
    [host, fetch, reachability],
  )
  return <WorkerClientContext.Provider value={client}>{children}</WorkerClientContext.Provider>
}

/** The Worker client; throws outside <WorkerClientProvider>. */
export const useWorkerClient = (): WorkerClient => {
  const client = useContext(WorkerClientContext)
  if (!client) throw new Error('useWorkerClient must be used within <WorkerClientProvider>')
  return client
}
