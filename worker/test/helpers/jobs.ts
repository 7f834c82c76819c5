import type { TicketEventJob } from '../../src/queue/jobs.ts'

/** The queue job the webhook intake sends when a Zendesk ticket is created. */
export const ticketCreatedJob = (tenantId: string, ticketId: string | number): TicketEventJob => ({
  kind: 'ticket_event',
  tenantId,
  helpdesk: 'zendesk',
  ticketId: String(ticketId),
  event: 'ticket_created',
  eventKey: `ticket_created:${ticketId}`,
  receivedAt: new Date().toISOString(),
})
