import type { SlaClock } from '../../sla/compute-deadline.ts'

/** The SLA fields of a Freshdesk ticket (REST `?include=stats`, or the app's `client.data.get('ticket')`). */
export type FreshdeskSlaFields = {
  status?: number | null
  created_at?: string | null
  due_by?: string | null
  fr_due_by?: string | null
  nr_due_by?: string | null
  /** The first agent response (REST `stats.first_responded_at`); absent or null before it. */
  stats?: { first_responded_at?: string | null } | null
}

const parseDate = (value: string | null | undefined): Date | null => {
  const time = value ? Date.parse(value) : Number.NaN
  return Number.isNaN(time) ? null : new Date(time)
}

/**
 * The SLA clock of a Freshdesk ticket: until the first response it counts down to `fr_due_by`; after it, to
 * `nr_due_by` when a next response is due, else to `due_by` (resolution). A status whose `stop_sla_timer` is
 * set (Pending, Resolved and Closed by default) pauses it; `isPausedStatus` says which statuses do.
 * @example freshdeskSlaClock({ fr_due_by: '2026-01-05T10:00:00Z', created_at: '2026-01-05T09:00:00Z' }, () => false)
 */
export const freshdeskSlaClock = (
  ticket: FreshdeskSlaFields,
  isPausedStatus: (status: number) => boolean,
): SlaClock => {
  const hasFirstResponse = Boolean(ticket.stats?.first_responded_at)
  const [metric, due] = !hasFirstResponse
    ? (['first_response', ticket.fr_due_by] as const)
    : ticket.nr_due_by
      ? (['next_response', ticket.nr_due_by] as const)
      : (['resolution', ticket.due_by] as const)
  const deadline = parseDate(due)
  if (!deadline) return { kind: 'none' }
  if (ticket.status != null && isPausedStatus(ticket.status)) return { kind: 'paused', metric }
  return {
    kind: 'countdown',
    metric,
    deadline,
    startedAt: parseDate(ticket.created_at),
    businessHours: null,
    source: 'helpdesk',
  }
}

/** Freshdesk's default statuses that stop the SLA timer (Pending, Resolved, Closed). */
export const FRESHDESK_PAUSED_STATUSES: ReadonlySet<number> = new Set([3, 4, 5])
