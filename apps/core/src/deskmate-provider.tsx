import type { ReactNode } from 'react'
import type { HostClient } from './host/host-client.ts'
import { HostProvider } from './host/host-context.tsx'
import { I18nProvider } from './i18n/i18n-context.tsx'
import { TicketProvider } from './features/ticket-context.tsx'
import { WorkerClientProvider } from './features/worker-client-context.tsx'
import { ServerStatusProvider } from './features/server-status-context.tsx'

/** Props of DeskmateProvider. */
export type DeskmateProviderProps = {
  host: HostClient
  /** The agent's locale, as the host reported it. */
  locale: string
  /** The fetch used for the direct draft stream (the global one by default). */
  fetch?: typeof globalThis.fetch
  /** Waits between retries while the Worker is unreachable (RETRY_DELAYS_MS by default). */
  retryDelaysMs?: readonly number[]
  children: ReactNode
}

/** Everything the sidebar's hooks need: host, translations, Worker client and the open ticket. */
export const DeskmateProvider = ({ host, locale, fetch, retryDelaysMs, children }: DeskmateProviderProps) => (
  <HostProvider host={host}>
    <I18nProvider locale={locale}>
      <ServerStatusProvider {...(retryDelaysMs ? { retryDelaysMs } : {})}>
        <WorkerClientProvider {...(fetch ? { fetch } : {})}>
          <TicketProvider>{children}</TicketProvider>
        </WorkerClientProvider>
      </ServerStatusProvider>
    </I18nProvider>
  </HostProvider>
)
