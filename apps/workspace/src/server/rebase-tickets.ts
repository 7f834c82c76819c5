import type { DemoTicket, WorkspaceTicket } from '../zendesk/host/demo-ticket.ts'

const NEWEST_AGE_MS = 5 * 60_000

const shift = (iso: string, offsetMs: number): string => new Date(Date.parse(iso) + offsetMs).toISOString()

/** The offset that moves the newest of `times` to five minutes before `now` (null: no valid time). */
const offsetToNow = (times: string[], now: Date): number | null => {
  const newest = Math.max(...times.map((time) => Date.parse(time)).filter(Number.isFinite))
  return Number.isFinite(newest) ? now.getTime() - NEWEST_AGE_MS - newest : null
}

/**
 * Moves every timestamp by one offset so the newest ticket arrived five minutes before `now`:
 * demo data keeps its relative ages, and SLA clocks show live countdowns instead of long-past breaches.
 */
export const rebaseTickets = (tickets: WorkspaceTicket[], now: Date): WorkspaceTicket[] => {
  const offsetMs = offsetToNow(
    tickets.flatMap((ticket) => [ticket.createdAt, ...ticket.comments.map((c) => c.createdAt)]),
    now,
  )
  if (offsetMs === null) return tickets
  return tickets.map((ticket) => ({
    ...ticket,
    createdAt: shift(ticket.createdAt, offsetMs),
    comments: ticket.comments.map((comment) => ({
      ...comment,
      createdAt: shift(comment.createdAt, offsetMs),
    })),
  }))
}

/**
 * The same for the demo file's tickets, before a simulator takes them in (a simulator derives its SLA due
 * dates from a ticket's arrival, so these count down from now too); times it does not hold stay unset.
 */
export const rebaseDemoTickets = (tickets: DemoTicket[], now: Date): DemoTicket[] => {
  const times = tickets.flatMap((ticket) => [
    ticket.createdAt,
    ...(ticket.comments ?? []).map((c) => c.createdAt),
  ])
  const offsetMs = offsetToNow(
    times.filter((time): time is string => time !== undefined),
    now,
  )
  if (offsetMs === null) return tickets
  return tickets.map((ticket) => ({
    ...ticket,
    ...(ticket.createdAt ? { createdAt: shift(ticket.createdAt, offsetMs) } : {}),
    ...(ticket.comments
      ? {
          comments: ticket.comments.map((comment) =>
            comment.createdAt ? { ...comment, createdAt: shift(comment.createdAt, offsetMs) } : comment,
          ),
        }
      : {}),
  }))
}
