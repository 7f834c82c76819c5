import { createContext, useContext, type ReactNode } from 'react'
import type { HostClient } from './host-client.ts'

const HostContext = createContext<HostClient | undefined>(undefined)

/** Makes the helpdesk host available to the sidebar's hooks. */
export const HostProvider = ({ host, children }: { host: HostClient; children: ReactNode }) => (
  <HostContext.Provider value={host}>{children}</HostContext.Provider>
)

/** The helpdesk host; throws outside <HostProvider>. */
export const useHost = (): HostClient => {
  const host = useContext(HostContext)
  if (!host) throw new Error('useHost must be used within <HostProvider>')
  return host
}
