import { describe, expect, it } from 'vitest'
import { parseFreshdeskWebhook } from './parse-webhook.ts'

const body = (fields: Record<string, unknown>): string => JSON.stringify(fields)

describe('parseFreshdeskWebhook', () => {
  it('reads the account and ticket from the rule body', () => {
    expect(
      parseFreshdeskWebhook(
        body({ ticket_id: '12', ticket_url: 'https://Demo.freshdesk.com/helpdesk/tickets/12' }),
      ),
    ).toEqual({ account: 'demo', ticketId: '12', event: 'ticket_created', eventKey: 'ticket_created:12' })
  })

  it('accepts a numeric id and the new UI URL, ignoring extra fields', () => {
    const event = parseFreshdeskWebhook(
      body({ ticket_id: 7, ticket_url: 'acme.freshdesk.com/a/tickets/7', note: 'admin field' }),
    )
    expect(event).toMatchObject({ account: 'acme', ticketId: '7' })
  })

  it('keys a requester reply by the ticket update it made', () => {
    const event = parseFreshdeskWebhook(
      body({
        ticket_id: '3',
        ticket_url: 'https://demo.freshdesk.com/helpdesk/tickets/3',
        event: 'requester_replied',
        updated_at: '2026-01-05T10:00:00Z',
      }),
    )
    expect(event.eventKey).toBe('requester_replied:3:2026-01-05T10:00:00Z')
  })

  it.each([
    [
      'a URL of another ticket',
      { ticket_id: '12', ticket_url: 'https://demo.freshdesk.com/helpdesk/tickets/13' },
    ],
    [
      'a URL of another helpdesk',
      { ticket_id: '12', ticket_url: 'https://demo.zendesk.com/agent/tickets/12' },
    ],
    ['a missing id', { ticket_url: 'https://demo.freshdesk.com/helpdesk/tickets/12' }],
    ['an unrendered placeholder', { ticket_id: '{{ticket.id}}', ticket_url: 'x' }],
    [
      'a reply without its update stamp',
      { ticket_id: '1', ticket_url: 'demo.freshdesk.com/a/tickets/1', event: 'requester_replied' },
    ],
  ])('refuses %s', (_name, fields) => {
    expect(() => parseFreshdeskWebhook(body(fields))).toThrow(
      expect.objectContaining({ code: 'validation_failed' }),
    )
  })

  it('refuses a body that is not JSON', () => {
    expect(() => parseFreshdeskWebhook('ticket_id=1')).toThrow(
      expect.objectContaining({ code: 'invalid_json' }),
    )
  })
})
