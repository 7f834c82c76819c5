import { useEffect, useState } from 'react'
import { useHost } from '../host/host-context.tsx'

/** The signed-in agent's name as the helpdesk reports it (drafts are signed with it); undefined until known. */
export const useAgentName = (): string | undefined => {
  const host = useHost()
  const [name, setName] = useState<string | undefined>()
  useEffect(() => {
    if (!host.getAgentName) return
    let isCurrent = true
    host.getAgentName().then(
      (found) => isCurrent && setName(found?.trim() || undefined),
      () => undefined,
    )
    return () => {
      isCurrent = false
    }
  }, [host])
  return name
}
