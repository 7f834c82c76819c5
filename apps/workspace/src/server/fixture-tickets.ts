import type { DemoTicket } from '../zendesk/host/demo-ticket.ts'

const minutesAgo = (minutes: number): string => new Date(Date.now() - minutes * 60_000).toISOString()

/** Tickets shown when no demo data file is present: one per common situation. */
export const FIXTURE_TICKETS: DemoTicket[] = [
  {
    id: 101,
    subject: 'Cannot reset my password',
    body: 'Hi, I requested a password reset link three times but the email never arrives. Can you help me log in?',
    channel: 'email',
    priority: 'normal',
    status: 'open',
    tags: ['login'],
    requester: { name: 'Maria Lopez', email: 'maria@example.com', tags: [], organizationTags: [] },
    createdAt: minutesAgo(20),
    comments: [],
  },
  {
    id: 102,
    subject: 'Charged twice this month',
    body: 'I was billed twice for my subscription in March. This is unacceptable, I want a refund immediately.',
    channel: 'web',
    priority: 'high',
    status: 'new',
    tags: [],
    requester: {
      name: 'Jonas Weber',
      email: 'jonas@acme.example',
      tags: ['vip'],
      organizationTags: ['enterprise'],
    },
    createdAt: minutesAgo(50),
    comments: [
      {
        author: 'agent',
        authorName: 'Sam Agent',
        body: 'Thanks Jonas, we are looking into it.',
        public: true,
        createdAt: minutesAgo(30),
      },
    ],
  },
]
