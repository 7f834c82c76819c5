import type { WorkspaceTicket } from '../zendesk/host/demo-ticket.ts'

const NEWEST_AGE_MS = 5 * 60_000

const shift = (iso: string, offsetMs: number): string => new Date(Date.parse(iso) + offsetMs).toISOString()

/**
 * Moves every timestamp by one offset so the newest ticket arrived five minutes before `now`:
 * demo data keeps its relative ages, and SLA clocks show live countdowns instead of long-past breaches.
 */
export const rebaseTickets = (tickets: WorkspaceTicket[], now: Date): WorkspaceTicket[] => {
  const times = tickets.flatMap((ticket) => [ticket.createdAt, ...ticket.comments.map((c) => c.createdAt)])
  const newest = Math.max(...times.map((time) => Date.parse(time)).filter(Number.isFinite))
  if (!Number.isFinite(newest)) return tickets
  const offsetMs = now.getTime() - NEWEST_AGE_MS - newest
  return tickets.map((ticket) => ({
    ...ticket,
    createdAt: shift(ticket.createdAt, offsetMs),
    comments: ticket.comments.map((comment) => ({
      ...comment,
      createdAt: shift(comment.createdAt, offsetMs),
    })),
  }))
}
