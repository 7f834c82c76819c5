import type { Analysis } from '@deskmate/shared'
import type { HostTicket } from '../host/host-client.ts'
import { useWorkerClient } from './worker-client-context.tsx'
import { ticketKey } from './ticket-context.tsx'
import { useResource, type Resource } from './use-resource.ts'

/** Analyzes the ticket, again whenever its content changes; the previous analysis stays visible meanwhile. */
export const useAnalysis = (ticket: HostTicket | undefined): Resource<Analysis> => {
  const api = useWorkerClient()
  return useResource(ticketKey(ticket, 'analysis'), () => api.analyze(ticket!.ticket))
}
