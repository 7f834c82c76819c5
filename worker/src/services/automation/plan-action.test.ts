import { DEFAULT_SETTINGS, type Analysis } from '@deskmate/shared'
import { describe, expect, it } from 'vitest'
import type { DraftResult } from '../../engines/engine.ts'
import { escalationPriority, finalEligibility, planAction, type PlanInput } from './plan-action.ts'

const analysis = (eligible: boolean, reasons: Analysis['autoReply']['reasons'] = []): Analysis => ({
  category: { label: 'account_login', confidence: 0.9 },
  priority: { label: 'normal', confidence: 0.8 },
  type: { label: 'question', confidence: 0.8 },
  sentiment: { score: 0, label: 'neutral', frustrated: false, urgent: false },
  language: { code: 'en', confidence: 0.99 },
  entities: { orderNumbers: [], invoiceIds: [], emails: [], errorCodes: [], urls: [] },
  sensitiveTopics: [],
  autoReply: { eligible, reasons },
  engine: 'local',
  timings: {},
})

const DRAFT: DraftResult = {
  text: 'Hello <Emma>,\n\nClick "Forgot password".',
  citations: [{ id: 'reset', title: 'Reset your password', url: 'https://help.example.com/reset' }],
  language: 'en',
  tone: 'friendly',
  engine: 'local',
  tokens: 0,
}

const input = (overrides: Partial<PlanInput> = {}): PlanInput => ({
  settings: { mode: 'auto_reply', escalation: { raisePriorityTo: null, groupId: null } },
  ticketPriority: 'normal',
  analysis: analysis(true),
  suggestions: [],
  draft: DRAFT,
  tokens: 12,
  ...overrides,
})

describe('planAction', () => {
  it('returns a public reply with the escaped draft and its citations in auto_reply mode', () => {
    const plan = planAction(input())
    expect(plan).toMatchObject({ action: 'public_reply', decision: 'auto_replied', tokens: 12, reasons: [] })
    expect(plan.update?.comment.isPublic).toBe(true)
    expect(plan.update?.comment.html).toContain('Hello &lt;Emma&gt;')
    expect(plan.update?.comment.html).toContain(
      '<a href="https://help.example.com/reset">Reset your password</a>',
    )
    expect(plan.update?.addTags).toEqual(['deskmate_auto_replied'])
  })

  it('returns an internal draft note in draft_note mode', () => {
    const plan = planAction(input({ settings: { ...DEFAULT_SETTINGS, mode: 'draft_note' } }))
    expect(plan).toMatchObject({ action: 'internal_note', decision: 'draft_noted' })
    expect(plan.update?.comment.isPublic).toBe(false)
    expect(plan.update?.addTags).toEqual(['deskmate_draft_noted'])
  })

  it('escalates with the reasons, the reason tags and the configured priority and group', () => {
    const reasons = [{ code: 'sensitive_legal_threat', message: 'Mentions legal action' }]
    const plan = planAction(
      input({
        analysis: analysis(false, reasons),
        draft: null,
        settings: { mode: 'auto_reply', escalation: { raisePriorityTo: 'urgent', groupId: '77' } },
      }),
    )
    expect(plan).toMatchObject({ action: 'escalate', decision: 'escalated', reasons })
    expect(plan.update).toMatchObject({ priority: 'urgent', groupId: '77', comment: { isPublic: false } })
    expect(plan.update?.addTags).toEqual(['deskmate_escalated', 'deskmate_reason_sensitive_legal_threat'])
    expect(plan.update?.comment.html).toContain('Mentions legal action')
  })

  it('escalates an eligible ticket whose draft cites nothing', () => {
    const plan = planAction(input({ draft: { ...DRAFT, citations: [] } }))
    expect(plan.action).toBe('escalate')
    expect(plan.reasons.map((r) => r.code)).toEqual(['no_citation'])
  })

  it('leaves a draft that needs review as an internal note with the reasons, never a public reply', () => {
    const review = [
      {
        code: 'draft_unverified',
        message:
          'The draft mentions the phone number "+1 800 555 0199", which neither a cited article nor the ticket contains',
        params: { claim: 'phone', value: '+1 800 555 0199' },
      },
    ]
    const plan = planAction(input({ draft: { ...DRAFT, engine: 'claude', review } }))
    expect(plan).toMatchObject({ action: 'internal_note', decision: 'draft_noted', reasons: review })
    expect(plan.update?.comment.isPublic).toBe(false)
    expect(plan.update?.addTags).toEqual(['deskmate_draft_noted', 'deskmate_reason_draft_unverified'])
    expect(plan.update?.comment.html).toContain('not sent automatically because')
    expect(plan.update?.comment.html).toContain('the phone number &quot;+1 800 555 0199&quot;')
  })

  it('records what an automated reply was allowed on', () => {
    const allowedBecause = [{ code: 'category_allowed', message: 'Category account_login is automated' }]
    const eligible = { ...analysis(true), autoReply: { eligible: true, reasons: [], allowedBecause } }
    expect(planAction(input({ analysis: eligible })).allowedBecause).toEqual(allowedBecause)
    expect(
      planAction(input({ analysis: analysis(false, [{ code: 'x', message: 'x' }]) })).allowedBecause,
    ).toBeUndefined()
  })

  it('skips without an update when the mode is off', () => {
    const plan = planAction(
      input({ settings: { mode: 'off', escalation: { raisePriorityTo: null, groupId: null } } }),
    )
    expect(plan).toMatchObject({ action: 'skip', decision: 'skipped', update: null })
  })
})

describe('finalEligibility', () => {
  it('keeps an ineligible decision as it is', () => {
    const ineligible = { eligible: false, reasons: [{ code: 'x', message: 'x' }] }
    expect(finalEligibility(ineligible, null)).toBe(ineligible)
  })

  it('turns an eligible decision without a cited draft into no_citation', () => {
    expect(finalEligibility({ eligible: true, reasons: [] }, null).reasons[0]?.code).toBe('no_citation')
    expect(finalEligibility({ eligible: true, reasons: [] }, DRAFT).eligible).toBe(true)
  })
})

describe('escalationPriority', () => {
  it('returns the configured priority only when it raises the ticket’s', () => {
    expect(escalationPriority('high', 'normal')).toBe('high')
    expect(escalationPriority('high', undefined)).toBe('high')
    expect(escalationPriority('high', 'urgent')).toBeUndefined()
    expect(escalationPriority('high', 'high')).toBeUndefined()
    expect(escalationPriority(null, 'low')).toBeUndefined()
  })
})

describe('escalations with a sensitive topic', () => {
  const escalated = (topics: string[], ticketPriority: PlanInput['ticketPriority'] = undefined) =>
    planAction(
      input({
        ticketPriority,
        analysis: {
          ...analysis(false, [{ code: 'sensitive_topic', message: 'The ticket mentions a sensitive topic' }]),
          sensitiveTopics: topics,
        },
      }),
    )

  it('raises an account-takeover escalation to urgent and says why in the note', () => {
    const plan = escalated(['security_incident'])
    expect(plan.action).toBe('escalate')
    expect(plan.update?.priority).toBe('urgent')
    expect(plan.update?.comment.html).toContain(
      'Deskmate raised the priority to <strong>urgent</strong>: Reports a security incident or account takeover.',
    )
  })

  it('raises another sensitive topic to high, and never lowers a higher priority', () => {
    expect(escalated(['billing_dispute']).update?.priority).toBe('high')
    expect(escalated(['billing_dispute'], 'urgent').update).not.toHaveProperty('priority')
  })

  it('leaves the priority alone when the admin turned the topic priorities off', () => {
    const plan = planAction({
      ...input({
        analysis: { ...analysis(false), sensitiveTopics: ['self_harm'] },
      }),
      settings: {
        mode: 'auto_reply',
        escalation: { raisePriorityTo: null, groupId: null, sensitivePriority: null, criticalPriority: null },
      },
    })
    expect(plan.update).not.toHaveProperty('priority')
    expect(plan.update?.comment.html).not.toContain('raised the priority')
  })
})

describe('after a public auto-reply', () => {
  it('sets the ticket pending by default, so it leaves the agents’ queue', () => {
    expect(planAction(input()).update?.status).toBe('pending')
  })

  it('sets the status the admin chose, or leaves it when they chose none', () => {
    const withStatus = (autoReplyStatus: 'solved' | null) =>
      planAction({ ...input(), settings: { ...input().settings, autoReplyStatus } })
    expect(withStatus('solved').update?.status).toBe('solved')
    expect(withStatus(null).update).not.toHaveProperty('status')
  })

  it('leaves the status of a draft note alone', () => {
    const plan = planAction({ ...input(), settings: { ...input().settings, mode: 'draft_note' } })
    expect(plan.update).not.toHaveProperty('status')
  })
})
