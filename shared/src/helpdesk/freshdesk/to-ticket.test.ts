import { describe, expect, it } from 'vitest'
import {
  freshdeskTicketToTicket,
  fromFreshdeskStatus,
  freshdeskPriorityCode,
  toFreshdeskStatus,
  fromFreshdeskPriority,
} from './to-ticket.ts'

describe('Freshdesk codes', () => {
  it('maps built-in statuses both ways and reads a custom one as on hold', () => {
    expect([2, 3, 4, 5, 7, null].map(fromFreshdeskStatus)).toEqual([
      'open',
      'pending',
      'solved',
      'closed',
      'on_hold',
      'open',
    ])
    expect((['open', 'pending', 'on_hold', 'solved', 'closed'] as const).map(toFreshdeskStatus)).toEqual([
      2, 3, 3, 4, 5,
    ])
  })

  it('maps priorities 1-4 both ways', () => {
    expect([1, 2, 3, 4, 9].map(fromFreshdeskPriority)).toEqual(['low', 'normal', 'high', 'urgent', undefined])
    expect((['low', 'normal', 'high', 'urgent'] as const).map(freshdeskPriorityCode)).toEqual([1, 2, 3, 4])
  })
})

describe('freshdeskTicketToTicket', () => {
  it('maps a REST ticket with its requester', () => {
    const ticket = freshdeskTicketToTicket({
      id: 42,
      subject: 'Login',
      description: '<div>I forgot my <b>password</b></div>',
      description_text: 'I forgot my password',
      priority: 3,
      source: 7,
      tags: ['vip'],
      created_at: '2026-01-05T10:00:00Z',
      requester: { id: 5, name: 'Emma', email: 'emma@example.com' },
    })
    expect(ticket).toEqual({
      id: '42',
      subject: 'Login',
      body: 'I forgot my password',
      channel: 'chat',
      priority: 'high',
      tags: ['vip'],
      requester: { name: 'Emma', email: 'emma@example.com' },
      createdAt: '2026-01-05T10:00:00.000Z',
    })
  })

  it('reduces the HTML description to text when no plain text came', () => {
    const ticket = freshdeskTicketToTicket({ id: 1, subject: null, description: '<p>Hello<br>there</p>' })
    expect(ticket.body).toContain('Hello')
    expect(ticket.body).not.toContain('<')
    expect(ticket).not.toHaveProperty('requester')
  })
})
