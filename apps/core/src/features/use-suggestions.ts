import type { Suggestion } from '@deskmate/shared'
import type { HostTicket } from '../host/host-client.ts'
import { useWorkerClient } from './worker-client-context.tsx'
import { ticketKey } from './ticket-context.tsx'
import { useResource, type Resource } from './use-resource.ts'

/** How many articles the sidebar shows. */
export const SUGGESTION_LIMIT = 3

/** The knowledge-base articles that best answer the ticket. */
export const useSuggestions = (ticket: HostTicket | undefined): Resource<Suggestion[]> => {
  const api = useWorkerClient()
  return useResource(ticketKey(ticket, 'suggestions'), async () => {
    const { articles } = await api.suggest(ticket!.ticket, SUGGESTION_LIMIT)
    return articles.slice(0, SUGGESTION_LIMIT)
  })
}
