import { describe, expect, it } from 'vitest'
import { toWorkspaceTicket } from '../zendesk/host/demo-ticket.ts'
import { rebaseDemoTickets, rebaseTickets } from './rebase-tickets.ts'

describe('rebaseTickets', () => {
  it('moves the newest activity to five minutes ago and keeps relative ages', () => {
    const tickets = [
      toWorkspaceTicket({ id: 1, subject: 'a', body: 'a', createdAt: '2026-01-01T08:00:00Z' }, 0),
      toWorkspaceTicket({ id: 2, subject: 'b', body: 'b', createdAt: '2026-01-01T09:00:00Z' }, 1),
    ]
    const [older, newer] = rebaseTickets(tickets, new Date('2026-06-01T12:00:00Z'))
    expect(newer?.createdAt).toBe('2026-06-01T11:55:00.000Z')
    expect(older?.createdAt).toBe('2026-06-01T10:55:00.000Z')
    expect(older?.comments[0]?.createdAt).toBe(older?.createdAt)
  })
})

describe('rebaseDemoTickets', () => {
  it('moves the demo file’s times by one offset, leaving unset times unset', () => {
    const [older, newer, undated] = rebaseDemoTickets(
      [
        { id: 1, subject: 'a', body: 'a', createdAt: '2026-01-01T08:00:00Z' },
        {
          id: 2,
          subject: 'b',
          body: 'b',
          createdAt: '2026-01-01T09:00:00Z',
          comments: [{ body: 'b', createdAt: '2026-01-01T09:30:00Z' }, { body: 'c' }],
        },
        { id: 3, subject: 'c', body: 'c' },
      ],
      new Date('2026-06-01T12:00:00Z'),
    )
    expect(newer?.comments?.[0]?.createdAt).toBe('2026-06-01T11:55:00.000Z')
    expect(newer?.createdAt).toBe('2026-06-01T11:25:00.000Z')
    expect(older?.createdAt).toBe('2026-06-01T10:25:00.000Z')
    expect(newer?.comments?.[1]).toEqual({ body: 'c' })
    expect(undated).toEqual({ id: 3, subject: 'c', body: 'c' })
  })
})
