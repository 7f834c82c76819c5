import { DEFAULT_SETTINGS, type Analysis, type Ticket } from '@deskmate/shared'
import { describe, expect, it } from 'vitest'
import { decisionFacts } from './decision-facts.ts'

const analysis = {
  category: { label: 'billing', confidence: 0.9 },
  priority: { label: 'normal', confidence: 0.9 },
  type: { label: 'question', confidence: 0.9 },
  sentiment: { score: -0.4, label: 'negative', frustrated: false, urgent: false },
  language: { code: 'fr', confidence: 0.9 },
  entities: { orderNumbers: [], invoiceIds: [], emails: [], errorCodes: [], urls: [] },
  sensitiveTopics: [],
  autoReply: { eligible: false, reasons: [] },
  engine: 'local',
  timings: {},
} as unknown as Analysis

const ticket: Ticket = {
  subject: 'Facture pour jean@example.com',
  body: 'Merci de m’envoyer la facture à jean@example.com.',
  channel: 'email',
  priority: 'normal',
  createdAt: '2026-11-02T09:00:00Z',
}

const facts = (reasons: string[], now: string) =>
  decisionFacts({
    ticket,
    analysis,
    draft: null,
    reasons: reasons.map((code) => ({ code, message: '' })),
    settings: DEFAULT_SETTINGS,
    now: new Date(now),
  })

describe('decisionFacts', () => {
  it('records the analysis and the SLA state at decision time', () => {
    const fresh = facts([], '2026-11-02T09:05:00Z')
    expect(fresh).toMatchObject({
      category: 'billing',
      language: 'fr',
      sentiment: 'negative',
      channel: 'email',
    })
    expect(fresh.sla).toBe('ok')
    expect(facts([], '2026-11-09T09:00:00Z').sla).toBe('breached')
    expect(fresh.gap).toBeUndefined()
  })

  it('keeps a redacted subject and opening when no article answered', () => {
    const gap = facts(['low_retrieval_confidence'], '2026-11-02T09:05:00Z').gap
    expect(gap?.subject).toBe('Facture pour [email]')
    expect(gap?.excerpt).not.toContain('jean@example.com')
  })
})
