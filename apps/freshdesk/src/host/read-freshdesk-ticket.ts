import {
  FRESHDESK_PAUSED_STATUSES,
  freshdeskSlaClock,
  freshdeskTicketToTicket,
  type FreshdeskContactFields,
  type FreshdeskSlaFields,
  type FreshdeskTicketFields,
  type HelpdeskSlaTarget,
  type SlaTicketFacts,
} from '@deskmate/shared'
import type { HostTicket } from '@deskmate/app-core'
import type { FreshworksClient } from './freshworks-types.ts'

/** `client.data.get('ticket').ticket`: the fields the sidebar reads. */
export type FreshdeskAppTicket = FreshdeskTicketFields &
  FreshdeskSlaFields & { status_stop_sla_timer?: boolean | null }

/** The badge's metric names for the Freshdesk clock's. */
const METRIC: Record<string, string> = {
  first_response: 'first_reply_time',
  next_response: 'next_reply_time',
  resolution: 'total_resolution_time',
}

/** Reads `ticket` (required) and `requester` (optional: an unavailable object must not hide the ticket). */
const readData = async (client: FreshworksClient): Promise<FreshdeskAppTicket> => {
  const [ticketData, requesterData] = await Promise.all([
    client.data.get('ticket'),
    client.data.get('requester').catch(() => ({})),
  ])
  const ticket = (ticketData.ticket ?? {}) as FreshdeskAppTicket
  const requester = (requesterData as { requester?: FreshdeskContactFields }).requester
  return requester && !ticket.requester ? { ...ticket, requester } : ticket
}

/** Reads the open ticket and maps it through the shared Freshdesk mapper. */
export const readFreshdeskTicket = async (client: FreshworksClient): Promise<HostTicket> => {
  const data = await readData(client)
  const ticket = freshdeskTicketToTicket(data)
  const sla: SlaTicketFacts = {
    createdAt: ticket.createdAt,
    channel: ticket.channel,
    priority: ticket.priority,
    tierTags: ticket.requester?.tags ?? [],
    hasAgentReply: Boolean(data.stats?.first_responded_at),
    isSolved: data.status === 4 || data.status === 5,
  }
  return { id: ticket.id, ticket, sla }
}

/**
 * The ticket's Freshdesk SLA as the badge's targets: `fr_due_by` until the first response, then `nr_due_by`
 * when set, else `due_by`; paused on a status that stops the timer; null without a due date (the fallback
 * policy applies).
 */
export const readFreshdeskSlaTargets = async (
  client: FreshworksClient,
): Promise<HelpdeskSlaTarget[] | null> => {
  const data = await readData(client)
  const isPaused = (status: number) => data.status_stop_sla_timer ?? FRESHDESK_PAUSED_STATUSES.has(status)
  const clock = freshdeskSlaClock(data, isPaused)
  if (clock.kind === 'paused')
    return [{ metric: METRIC[clock.metric] ?? clock.metric, stage: 'paused', dueAt: null }]
  if (clock.kind !== 'countdown') return null
  return [
    { metric: METRIC[clock.metric] ?? clock.metric, stage: 'active', dueAt: clock.deadline.toISOString() },
  ]
}
