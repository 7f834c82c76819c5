import type { WorkspaceTicket } from '../host/demo-ticket.ts'

/** Where the page remembers the tickets made with "New ticket", so a reload lists them again. */
const STORAGE_KEY = 'deskmate.workspace.createdTickets'

const readIds = (): number[] => {
  try {
    const ids: unknown = JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? '[]')
    return Array.isArray(ids) ? ids.filter((id): id is number => Number.isInteger(id)) : []
  } catch {
    return []
  }
}

const writeIds = (ids: number[]): void => {
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify([...new Set(ids)]))
  } catch {
    // Storage blocked: created tickets are then listed until the next reload only.
  }
}

/** Remembers a ticket made with "New ticket". */
export const rememberCreatedTicket = (id: number): void => writeIds([...readIds(), id])

/** Reads one ticket from the simulated Zendesk; null when it has no such ticket. */
export const fetchSimulatorTicket = async (id: number): Promise<WorkspaceTicket | null> => {
  const res = await fetch(`/__workspace/tickets/${id}`)
  if (!res.ok) return null
  return ((await res.json()) as { ticket: WorkspaceTicket }).ticket
}

/**
 * The tickets made with "New ticket" before this load, plus `wantedId` (a ticket the URL names) when the
 * simulator has it; ids the simulator no longer knows (it restarted) are forgotten.
 */
export const loadCreatedTickets = async (wantedId: number | undefined): Promise<WorkspaceTicket[]> => {
  const ids = readIds()
  const wanted = wantedId !== undefined && !ids.includes(wantedId) ? [...ids, wantedId] : ids
  const found = await Promise.all(wanted.map((id) => fetchSimulatorTicket(id).catch(() => null)))
  const tickets = found.filter((ticket): ticket is WorkspaceTicket => ticket !== null)
  writeIds(ids.filter((id) => tickets.some((ticket) => ticket.id === id)))
  return tickets
}
