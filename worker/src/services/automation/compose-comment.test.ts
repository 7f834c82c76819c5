import { describe, expect, it } from 'vitest'
import { makeReason, type Analysis, type Reason } from '@deskmate/shared'
import { composeDraftNote, composeEscalationNote } from './compose-comment.ts'

const reason = (code: string, message: string): Reason => ({ code, message })
const LOW = reason('low_retrieval_confidence', 'No knowledge-base article answers it with enough confidence')
const SELF_HARM = reason('sensitive_self_harm', 'Mentions self-harm')
const THREAT = reason('sensitive_violent_threat', 'Threatens violence')

describe('composeEscalationNote', () => {
  it('opens with a safety warning when the customer mentions self-harm, and lists that reason first', () => {
    const html = composeEscalationNote([LOW, SELF_HARM], null, [])
    expect(html.startsWith('<p><strong>Safety first: the customer mentions self-harm.')).toBe(true)
    expect(html.indexOf('Mentions self-harm')).toBeLessThan(html.indexOf('No knowledge-base article'))
  })

  it('opens with a safety warning for a threat of violence', () => {
    const html = composeEscalationNote([LOW, THREAT], null, [])
    expect(html.startsWith('<p><strong>Safety first: the customer threatens violence.')).toBe(true)
  })

  it('starts with the escalation line when no one is in danger', () => {
    const html = composeEscalationNote([LOW], null, [])
    expect(html.startsWith('<p><strong>Deskmate escalated this ticket to a human.</strong>')).toBe(true)
    expect(html).not.toContain('Safety first')
  })

  it('words reasons and the analysis for agents: labels, never raw codes', () => {
    const analysis: Analysis = {
      category: { label: 'account_login', confidence: 0.9 },
      priority: { label: 'urgent', confidence: 0.8 },
      type: { label: 'question', confidence: 0.8 },
      sentiment: { score: -0.8, label: 'very_negative', frustrated: true, urgent: false },
      language: { code: 'pt', confidence: 0.99 },
      entities: { orderNumbers: [], invoiceIds: [], emails: [], errorCodes: [], urls: [] },
      sensitiveTopics: ['security_incident'],
      autoReply: { eligible: false, reasons: [] },
      engine: 'local',
      timings: {},
    }
    const reasons = [
      makeReason('channel_not_allowed', { channel: 'web' }),
      makeReason('sensitive_security_incident'),
    ]
    const html = composeEscalationNote(reasons, analysis, [], {
      priority: 'urgent',
      topic: 'security_incident',
    })
    expect(html).toContain('<li>The channel Web form is not automated</li>')
    expect(html).toContain('<li>Category: Account and login (90%)</li>')
    expect(html).toContain('<li>Priority: Urgent</li>')
    expect(html).toContain('<li>Sentiment: Very negative, frustrated</li>')
    expect(html).toContain('<li>Language: Portuguese</li>')
    expect(html).toContain('raised the priority to <strong>Urgent</strong>: Reports a security incident')
    expect(html).not.toMatch(/account_login|very_negative|>web<|: pt</)
  })

  it('says why a draft was held back in the same words as the sidebar', () => {
    const held = makeReason('draft_unverified', { claim: 'phone', value: '+1 555 0100' })
    const html = composeDraftNote('Call +1 555 0100.', [], ANALYSIS_UND, [held])
    expect(html).toContain(
      '<li>The draft mentions the phone number “+1 555 0100”, which neither a cited article nor the ticket contains</li>',
    )
    expect(html).toContain('<li>Language: not recognised</li>')
  })
})

const ANALYSIS_UND: Analysis = {
  category: { label: 'other', confidence: 0 },
  priority: { label: 'normal', confidence: 0 },
  type: { label: 'question', confidence: 0 },
  sentiment: { score: 0, label: 'neutral', frustrated: false, urgent: false },
  language: { code: 'und', confidence: 0 },
  entities: { orderNumbers: [], invoiceIds: [], emails: [], errorCodes: [], urls: [] },
  sensitiveTopics: [],
  autoReply: { eligible: false, reasons: [] },
  engine: 'local',
  timings: {},
}
