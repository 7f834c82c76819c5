import type { WorkspaceTicket } from './demo-ticket.ts'

/** Ticket fields whose changes the ticket view announces to apps. */
export const TICKET_FIELDS = [
  'subject',
  'description',
  'status',
  'priority',
  'type',
  'tags',
  'comments',
  'composer',
] as const
export type TicketField = (typeof TICKET_FIELDS)[number]

/** Who made a change: the agent in the ticket view, or the app through ZAF. */
export type ChangeSource = 'agent' | 'app'

export type TicketChange = { fields: TicketField[]; source: ChangeSource; ticket: WorkspaceTicket }
export type TicketListener = (change: TicketChange) => void

export type TicketStore = {
  /** The current ticket (treat as read-only; change it with `update`). */
  get(): WorkspaceTicket
  /** Applies a partial change and tells every listener which fields changed. */
  update(patch: Partial<WorkspaceTicket>, source: ChangeSource): void
  /** Adds a listener; returns the function that removes it. */
  subscribe(listener: TicketListener): () => void
}

const isSameValue = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b)

/** Creates the observable state of one open ticket. */
export const createTicketStore = (initial: WorkspaceTicket): TicketStore => {
  let ticket = initial
  const listeners = new Set<TicketListener>()
  return {
    get: () => ticket,
    update(patch, source) {
      const fields = TICKET_FIELDS.filter(
        (field) => field in patch && !isSameValue(patch[field], ticket[field]),
      )
      if (fields.length === 0) return
      ticket = { ...ticket, ...patch }
      for (const listener of listeners) listener({ fields, source, ticket })
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}
