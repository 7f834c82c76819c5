import { useEffect, useState } from 'react'
import type { AppError, HelpdeskGroup } from '@deskmate/shared'
import { toAppError } from '../api/to-app-error.ts'
import type { ConsoleClient } from './console-client.ts'

/** The helpdesk's groups for the escalation picker: null while loading; an error when they cannot be listed. */
export type GroupsState = { groups: HelpdeskGroup[] | null; error: AppError | null }

/** Lists the helpdesk's groups once. */
export const useGroups = (client: ConsoleClient): GroupsState => {
  const [state, setState] = useState<GroupsState>({ groups: null, error: null })
  useEffect(() => {
    let isCurrent = true
    client.listGroups().then(
      (answer) => isCurrent && setState({ groups: answer.groups, error: null }),
      (caught: unknown) => isCurrent && setState({ groups: null, error: toAppError(caught) }),
    )
    return () => {
      isCurrent = false
    }
  }, [client])
  return state
}
