import { useEffect, useState } from 'react'
import type { AppError, HelpdeskTicketField } from '@deskmate/shared'
import { toAppError } from '../api/to-app-error.ts'
import type { ConsoleClient } from './console-client.ts'

/** The helpdesk's custom ticket fields for training's picker: null while loading or when they cannot be listed. */
export type TicketFieldsState = { fields: HelpdeskTicketField[] | null; error: AppError | null }

/** Lists the helpdesk's custom ticket fields once (a helpdesk that cannot list them leaves the id to type). */
export const useTicketFields = (client: ConsoleClient): TicketFieldsState => {
  const [state, setState] = useState<TicketFieldsState>({ fields: null, error: null })
  useEffect(() => {
    let isCurrent = true
    client.listTicketFields().then(
      (answer) => isCurrent && setState({ fields: answer.fields, error: null }),
      (caught: unknown) => isCurrent && setState({ fields: null, error: toAppError(caught) }),
    )
    return () => {
      isCurrent = false
    }
  }, [client])
  return state
}
