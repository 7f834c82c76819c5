import type { ActivityItem, Analysis, Suggestion } from '@deskmate/shared'

/** An analysis as the Worker answers it. */
export const sampleAnalysis = (overrides: Partial<Analysis> = {}): Analysis => ({
  category: { label: 'account_login', confidence: 0.91 },
  priority: { label: 'high', confidence: 0.7 },
  type: { label: 'problem', confidence: 0.6 },
  sentiment: { score: -0.7, label: 'very_negative', frustrated: true, urgent: false },
  language: { code: 'de', confidence: 0.98 },
  entities: { orderNumbers: [], invoiceIds: [], emails: [], errorCodes: [], urls: [] },
  sensitiveTopics: [],
  autoReply: { eligible: false, reasons: [] },
  engine: 'local',
  timings: {},
  ...overrides,
})

/** Suggested articles as the Worker answers them. */
export const sampleArticles: Suggestion[] = [
  {
    id: 'a1',
    title: 'Reset your password',
    url: 'https://help.example.com/a1',
    snippet: 'Open Settings.',
    locale: 'en',
    score: 3,
    confidence: 0.82,
  },
  {
    id: 'a2',
    title: 'Two-factor login',
    url: 'https://help.example.com/a2',
    snippet: 'Use your app.',
    locale: 'en',
    score: 2,
    confidence: 0.4,
  },
]

/** One automation decision. */
export const sampleActivity = (overrides: Partial<ActivityItem> = {}): ActivityItem => ({
  id: 'act1',
  ticketId: '42',
  eventKey: 'e1',
  mode: 'auto_reply',
  decision: 'escalated',
  reasons: [{ code: 'frustrated', message: 'The customer is frustrated' }],
  engine: 'local',
  tokens: 0,
  latencyMs: 12,
  createdAt: '2026-08-03T09:05:00.000Z',
  ...overrides,
})
