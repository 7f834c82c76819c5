import { describe, expect, it } from 'vitest'
import { toWorkspaceTicket } from './demo-ticket.ts'

describe('toWorkspaceTicket', () => {
  const demo = {
    id: '7',
    subject: 'Refund',
    body: 'Please refund me.',
    priority: 'high' as const,
    status: 'weird',
    requester: { name: 'Bo', email: 'bo@acme.example', organizationTags: ['enterprise'] },
    createdAt: '2026-01-01T10:00:00Z',
    comments: [
      { author: 'requester', body: 'Please refund me.', createdAt: '2026-01-01T10:00:00Z' },
      {
        author: 'agent',
        authorName: 'Sam',
        body: 'On it.',
        public: false,
        createdAt: '2026-01-01T10:05:00Z',
      },
    ],
  }

  it('keeps the description as the first comment without repeating it', () => {
    const ticket = toWorkspaceTicket(demo, 0)
    expect(ticket.comments.map((comment) => [comment.body, comment.isAgent, comment.isPublic])).toEqual([
      ['Please refund me.', false, true],
      ['On it.', true, false],
    ])
  })

  it('derives the organization from organization tags and defaults unknown statuses to open', () => {
    const ticket = toWorkspaceTicket(demo, 0)
    expect(ticket).toMatchObject({
      id: 7,
      status: 'open',
      organization: { name: 'acme.example', tags: ['enterprise'] },
    })
  })
})
