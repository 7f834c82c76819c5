import { useMemo } from 'react'
import type { Suggestion } from '@deskmate/shared'
import type { HostTicket } from '../host/host-client.ts'
import { useWorkerClient } from './worker-client-context.tsx'
import { ticketKey } from './ticket-context.tsx'
import { useResource, type Resource } from './use-resource.ts'
import { pickArticles } from './pick-articles.ts'

/** How many articles the sidebar shows. */
export const SUGGESTION_LIMIT = 3

/** How many the Worker is asked for, so that dropping weak or wrong-language matches still leaves a list. */
const REQUESTED = SUGGESTION_LIMIT * 2

/**
 * The knowledge-base articles that best answer the ticket, as an agent would click them: weak matches and
 * other-language filler left out once the customer's language is known (see pick-articles.ts).
 */
export const useSuggestions = (
  ticket: HostTicket | undefined,
  customerLanguage?: string,
): Resource<Suggestion[]> => {
  const api = useWorkerClient()
  const resource = useResource(ticketKey(ticket, 'suggestions'), async () => {
    const { articles } = await api.suggest(ticket!.ticket, REQUESTED)
    return articles
  })
  const loaded = resource.status === 'success' ? resource.data : undefined
  const picked = useMemo(
    () => loaded && pickArticles(loaded, customerLanguage, SUGGESTION_LIMIT),
    [loaded, customerLanguage],
  )
  if (resource.status !== 'success' || !picked) return resource
  const { isRefreshing, retry } = resource
  return { status: 'success', data: picked, error: undefined, isRefreshing, retry }
}
