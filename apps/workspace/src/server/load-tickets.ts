import { readFile } from 'node:fs/promises'
import type { DemoTicket } from '../zendesk/host/demo-ticket.ts'
import { FIXTURE_TICKETS } from './fixture-tickets.ts'

/** Reads the demo tickets file; falls back to the built-in fixtures when it does not exist yet. */
export const loadTickets = async (path: string): Promise<DemoTicket[]> => {
  try {
    const parsed = JSON.parse(await readFile(path, 'utf8')) as { tickets?: DemoTicket[] }
    return Array.isArray(parsed.tickets) && parsed.tickets.length > 0 ? parsed.tickets : FIXTURE_TICKETS
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return FIXTURE_TICKETS
    throw error
  }
}
