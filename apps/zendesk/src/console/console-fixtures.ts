import type { ActivityItem, DryRunTicket } from '@deskmate/shared'

/** Two replayed tickets: one the reset article answers, one a legal threat blocks. */
export const DRY_RUN_TICKETS: DryRunTicket[] = [
  {
    ticketId: '7',
    subject: 'Forgot my password',
    channel: 'email',
    category: 'account_login',
    language: 'en',
    confidence: 0.82,
    article: { id: 'reset', title: 'Reset your password', url: null },
    blockers: [],
    agentReply: 'Use the reset link on the sign-in page.',
  },
  {
    ticketId: '8',
    subject: 'Charged twice',
    channel: 'email',
    category: 'billing',
    language: 'en',
    confidence: 0.4,
    article: null,
    blockers: [{ code: 'sensitive_legal_threat', message: 'Mentions legal action' }],
    agentReply: null,
  },
]

/** Two audited decisions: an escalation and an automatic reply. */
export const ACTIVITY: ActivityItem[] = [
  {
    id: 'a1',
    ticketId: '7',
    eventKey: '7:created',
    mode: 'auto_reply',
    decision: 'escalated',
    reasons: [{ code: 'sensitive_legal_threat', message: 'Mentions legal action' }],
    allowedBecause: [],
    engine: 'local',
    tokens: 0,
    latencyMs: 3,
    createdAt: '2026-12-03T09:00:00Z',
  },
  {
    id: 'a2',
    ticketId: '8',
    eventKey: '8:created',
    mode: 'auto_reply',
    decision: 'auto_replied',
    reasons: [],
    allowedBecause: [],
    engine: 'local',
    tokens: 0,
    latencyMs: 3,
    createdAt: '2026-12-03T10:00:00Z',
  },
]
