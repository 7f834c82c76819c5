import type { ActivityItem } from '@deskmate/shared'
import { useWorkerClient } from './worker-client-context.tsx'
import { useResource, type Resource } from './use-resource.ts'

/**
 * What the automation did on this ticket, newest first; loads again when `revision` changes, because the
 * automation acts after the sidebar opened and its outcome shows up as a change of the ticket.
 */
export const useActivity = (ticketId: string | undefined, revision = ''): Resource<ActivityItem[]> => {
  const api = useWorkerClient()
  return useResource(ticketId ? `activity:${ticketId}:${revision}` : null, async () => {
    const { items } = await api.getActivity(ticketId!)
    return [...items].sort((a, b) => b.createdAt.localeCompare(a.createdAt))
  })
}
