import type { ActivityItem } from '@deskmate/shared'
import { useWorkerClient } from './worker-client-context.tsx'
import { useResource, type Resource } from './use-resource.ts'

/** What the automation did on this ticket, newest first. */
export const useActivity = (ticketId: string | undefined): Resource<ActivityItem[]> => {
  const api = useWorkerClient()
  return useResource(ticketId ? `activity:${ticketId}` : null, async () => {
    const { items } = await api.getActivity(ticketId!)
    return [...items].sort((a, b) => b.createdAt.localeCompare(a.createdAt))
  })
}
