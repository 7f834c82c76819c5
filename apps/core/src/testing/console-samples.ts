import type {
  ActivityItem,
  AnalyticsResponse,
  DryRunTicket,
  KnowledgeArticle,
  KnowledgeGapsResponse,
  KnowledgeSummary,
  TrainingCandidate,
} from '@deskmate/shared'

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

/** Four decisions over two days, with every breakdown. */
export const ANALYTICS: AnalyticsResponse = {
  from: '2026-11-05',
  to: '2026-12-04',
  totals: {
    decisions: 4,
    autoReplied: 2,
    draftNoted: 1,
    escalated: 1,
    skipped: 0,
    failed: 0,
    automationRate: 0.5,
  },
  series: [
    { day: '2026-12-01', decisions: 3, autoReplied: 2, draftNoted: 0, escalated: 1, sentiment: -0.25 },
    { day: '2026-12-02', decisions: 1, autoReplied: 0, draftNoted: 1, escalated: 0, sentiment: 0.5 },
  ],
  reasons: [{ key: 'low_retrieval_confidence', count: 1 }],
  categories: [{ key: 'billing', count: 4 }],
  languages: [{ key: 'fr', count: 4 }],
  channels: [{ key: 'email', count: 4 }],
  sentiments: [{ key: 'negative', count: 4 }],
  sla: { measured: 4, atRisk: 1, breached: 1, compliance: 0.75 },
  articles: [{ id: 'a1', title: 'Reset your password', count: 2 }],
  llm: {
    tokens: 4000,
    tokensPer1000Tickets: 1_000_000,
    costUsd: 0.012,
    costPer1000TicketsUsd: 3,
    usdPerMillionTokens: 3,
    dailyTokenBudget: 2_000_000,
    budgetShare: 0.01,
  },
  timeSaved: { minutes: 15, minutesPerAutoReply: 6, minutesPerDraftNote: 3 },
  csat: {
    auto: { good: 4, bad: 1, rate: 0.8 },
    human: { good: 3, bad: 2, rate: 0.6 },
    updatedAt: '2026-12-04T11:00:00Z',
  },
}

/** One knowledge gap with an example ticket. */
export const GAPS: KnowledgeGapsResponse = {
  days: 30,
  tickets: 3,
  gaps: [
    {
      terms: ['carbon', 'offset'],
      size: 2,
      examples: [
        { ticketId: '501', subject: 'Carbon offset certificate', createdAt: '2026-12-01T10:00:00Z' },
      ],
    },
  ],
}

/** A knowledge base whose last sync failed after an earlier success, in two languages. */
export const FAILED_SYNC: KnowledgeSummary = {
  sync: {
    syncedAt: '2026-12-01T08:00:00Z',
    articles: 12,
    examples: 30,
    lastError: 'helpdesk_unavailable: Zendesk answered 503',
    failedAt: '2026-12-02T08:00:00Z',
  },
  languages: [
    { language: 'en', articles: 20, examples: 25 },
    { language: 'fr', articles: 10, examples: 5 },
  ],
}

/** An indexed article: every third in French, the first with a link, the odd ones synced. */
export const knowledgeArticle = (i: number): KnowledgeArticle => ({
  id: `a${i}`,
  title: `Article ${String(i).padStart(2, '0')}`,
  language: i % 3 ? 'en-us' : 'fr',
  url: i === 1 ? 'https://acme.zendesk.com/hc/articles/1' : null,
  examples: i % 4,
  synced: i % 2 === 1,
  updatedAt: '2026-11-30T10:00:00Z',
})
/** Thirty indexed articles (two pages). */
export const KNOWLEDGE_ARTICLES = Array.from({ length: 30 }, (_, i) => knowledgeArticle(i + 1))

/** A candidate model, better than the current one on both categories. */
export const CANDIDATE: TrainingCandidate = {
  id: 'cand-1',
  examples: 40,
  skipped: 3,
  folds: 3,
  candidateAccuracy: 0.9,
  currentAccuracy: 0.55,
  classes: [
    { label: 'billing', examples: 25, candidate: 0.92, current: 0.6 },
    { label: 'shipping_returns', examples: 15, candidate: 0.87, current: 0.47 },
  ],
  trainedAt: '2026-12-03T10:00:00Z',
}
/** The tenant's own model, learned from 40 tickets. */
export const TENANT_MODEL = { source: 'tenant', examples: 40, trainedAt: '2026-12-03T10:00:00Z' } as const
/** The built-in model. */
export const DEFAULT_MODEL = { source: 'default', examples: null, trainedAt: null } as const
