import { describe, expect, it } from 'vitest'
import { ZTicket } from '../../tickets/ticket.ts'
import { restTicketToTicket, toChannel, zafTicketToTicket } from './to-ticket.ts'

describe('zafTicketToTicket', () => {
  it('maps the ZAF ticket data to a valid Ticket', () => {
    const ticket = zafTicketToTicket({
      id: 42,
      subject: 'Cannot log in',
      description: 'The reset link is broken',
      priority: 'high',
      tags: ['login'],
      via: { channel: 'web' },
      requester: { name: 'Ana', email: 'ana@example.com', role: 'end-user', tags: ['vip'] },
      organization: { tags: ['enterprise'] },
      createdAt: '2026-08-03T09:00:00Z',
    })
    expect(ticket).toEqual({
      id: '42',
      subject: 'Cannot log in',
      body: 'The reset link is broken',
      channel: 'web',
      priority: 'high',
      tags: ['login'],
      requester: {
        name: 'Ana',
        email: 'ana@example.com',
        tags: ['vip'],
        organizationTags: ['enterprise'],
        isAgent: false,
      },
      createdAt: '2026-08-03T09:00:00.000Z',
    })
    expect(ZTicket.safeParse(ticket).success).toBe(true)
  })

  it('drops an unset priority, unknown channel and invalid date', () => {
    const ticket = zafTicketToTicket({
      subject: 'Hi',
      priority: '-',
      via: { channel: 'rule' },
      createdAt: 'never',
    })
    expect(ticket).toEqual({ subject: 'Hi', body: '' })
  })

  it('clips text and tags to the ticket limits', () => {
    const ticket = zafTicketToTicket({
      subject: 'x'.repeat(2_000),
      tags: Array.from({ length: 150 }, (_, i) => `t${i}`),
    })
    expect(ticket.subject).toHaveLength(1_000)
    expect(ticket.tags).toHaveLength(100)
  })
})

describe('restTicketToTicket', () => {
  it('maps a REST ticket with its sideloaded requester and organization', () => {
    const ticket = restTicketToTicket(
      {
        id: 7,
        subject: 'Refund',
        description: 'Please refund order 123',
        priority: 'normal',
        via: { channel: 'email' },
        created_at: '2026-08-03T09:00:00Z',
        requester_id: 11,
        organization_id: 5,
        tags: [],
      },
      {
        users: [{ id: 11, email: 'bo@example.com', role: 'agent' }],
        organizations: [{ id: 5, tags: ['platinum'] }],
      },
    )
    expect(ticket).toMatchObject({
      id: '7',
      channel: 'email',
      requester: { email: 'bo@example.com', isAgent: true, organizationTags: ['platinum'] },
    })
  })
})

describe('toChannel', () => {
  it('maps Zendesk channels to Deskmate channels', () => {
    expect([
      toChannel('voice'),
      toChannel('native_messaging'),
      toChannel('twitter'),
      toChannel('web_service'),
    ]).toEqual(['phone', 'chat', 'social', 'api'])
  })
})
