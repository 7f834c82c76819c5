import { createContext, useContext, useEffect, useState, type ReactNode } from 'react'
import type { HostTicket } from '../host/host-client.ts'
import { useHost } from '../host/host-context.tsx'
import { useResource, type Resource } from './use-resource.ts'

/** How long ticket-change events are collected before the ticket is read again. */
export const TICKET_CHANGE_DEBOUNCE_MS = 800

const TicketContext = createContext<Resource<HostTicket> | undefined>(undefined)

/** Reads the open ticket and re-reads it (debounced) whenever the host reports a change. */
export const TicketProvider = ({ children }: { children: ReactNode }) => {
  const host = useHost()
  const [version, setVersion] = useState(0)

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    const unsubscribe = host.onTicketChanged(() => {
      clearTimeout(timer)
      timer = setTimeout(() => setVersion((v) => v + 1), TICKET_CHANGE_DEBOUNCE_MS)
    })
    return () => {
      clearTimeout(timer)
      unsubscribe()
    }
  }, [host])

  const ticket = useResource(`ticket:${version}`, () => host.getTicket())
  return <TicketContext.Provider value={ticket}>{children}</TicketContext.Provider>
}

/** The open ticket as a Resource; throws outside <TicketProvider>. */
export const useTicket = (): Resource<HostTicket> => {
  const ticket = useContext(TicketContext)
  if (!ticket) throw new Error('useTicket must be used within <TicketProvider>')
  return ticket
}

/**
 * A key for a ticket's content, so hooks reload only when it really changed; null (nothing to load)
 * for a missing ticket or one without any text.
 */
export const ticketKey = (ticket: HostTicket | undefined, scope: string): string | null =>
  ticket && `${ticket.ticket.subject}${ticket.ticket.body}`.trim() !== ''
    ? `${scope}:${JSON.stringify(ticket.ticket)}`
    : null
