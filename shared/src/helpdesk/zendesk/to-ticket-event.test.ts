import { describe, expect, it } from 'vitest'
import { zendeskBodyToTicketEvent } from './to-ticket-event.ts'

const body = (extra: Record<string, unknown>) => ({
  ticket_id: '12',
  ticket_url: 'demo.zendesk.com/agent/tickets/12',
  ...extra,
})

describe('zendeskBodyToTicketEvent', () => {
  it('keys a new ticket by its id', () => {
    expect(zendeskBodyToTicketEvent(body({ event: 'ticket_created' })).eventKey).toBe('ticket_created:12')
  })

  it("keys each requester reply by the ticket's update stamp, so the next reply is a new event", () => {
    const first = zendeskBodyToTicketEvent(
      body({ event: 'requester_replied', updated_at: '2026-01-05T10:00:00Z' }),
    )
    const again = zendeskBodyToTicketEvent(
      body({ event: 'requester_replied', updated_at: '2026-01-05T10:00:00Z' }),
    )
    const next = zendeskBodyToTicketEvent(
      body({ event: 'requester_replied', updated_at: '2026-01-05T11:30:00Z' }),
    )
    expect(first).toMatchObject({ account: 'demo', ticketId: '12', event: 'requester_replied' })
    expect(again.eventKey).toBe(first.eventKey)
    expect(next.eventKey).not.toBe(first.eventKey)
    expect(first.eventKey).not.toBe('ticket_created:12')
  })

  it.each([
    ['without its update stamp', {}],
    ['with an unrendered placeholder', { updated_at: '{{ticket.updated_at_with_timestamp}}' }],
    ['with an over-long stamp', { updated_at: '2'.repeat(41) }],
  ])('refuses a requester reply %s', (_name, extra) => {
    expect(() => zendeskBodyToTicketEvent(body({ event: 'requester_replied', ...extra }))).toThrow(
      expect.objectContaining({ code: 'validation_failed' }),
    )
  })
})
