import { describe, expect, it } from 'vitest'
import { DEFAULT_SETTINGS, MODES } from '../api/settings.ts'
import {
  OUTCOME_TAGS,
  TAG_AUTO_REPLIED,
  TAG_DRAFT_NOTED,
  TAG_ESCALATED,
  TAG_SKIP,
  decideAction,
  decideEligibility,
  decisionOf,
  reasonTag,
  skipReason,
  tagsForAction,
  type EligibilityInput,
} from './auto-reply.ts'
import { SENSITIVE_TOPICS } from './sensitive-topics.ts'

/** A ticket that passes every rule with the default settings. */
const eligible = (): EligibilityInput => ({
  settings: DEFAULT_SETTINGS,
  ticket: {
    channel: 'email',
    tags: ['login'],
    requester: { email: 'a@example.com', tags: [], organizationTags: [] },
  },
  category: 'account_login',
  priority: 'normal',
  language: 'en',
  sentiment: { label: 'neutral', frustrated: false },
  sensitiveTopics: [],
  retrievalConfidence: 0.9,
  citedArticles: 1,
  usage: { autoRepliesToday: 0, llmTokensToday: 0 },
})

const codesOf = (input: EligibilityInput): string[] => decideEligibility(input).reasons.map((r) => r.code)

describe('decideEligibility', () => {
  it('returns eligible with no reasons when every rule holds', () => {
    expect(decideEligibility(eligible())).toMatchObject({ eligible: true, reasons: [] })
  })

  it.each([
    ['chat', false],
    ['phone', false],
    ['social', false],
    ['api', false],
    ['email', true],
    ['web', true],
  ] as const)('treats channel %s as automatable: %s', (channel, isAllowed) => {
    const codes = codesOf({ ...eligible(), ticket: { ...eligible().ticket, channel } })
    expect(codes.includes('channel_not_allowed')).toBe(!isAllowed)
  })

  it('reads a ticket without a channel as email', () => {
    expect(codesOf({ ...eligible(), ticket: { tags: [] } })).toEqual([])
  })

  it('allows a channel the admin configured', () => {
    const settings = { ...DEFAULT_SETTINGS, allowedChannels: ['chat' as const] }
    const input = { ...eligible(), settings, ticket: { channel: 'chat' as const } }
    expect(codesOf(input)).toEqual([])
    expect(codesOf({ ...input, ticket: { channel: 'email' } })).toEqual(['channel_not_allowed'])
  })

  it('rejects a category outside the allowed list', () => {
    expect(codesOf({ ...eligible(), category: 'complaint' })).toEqual(['category_not_allowed'])
  })

  it('rejects an unsupported language', () => {
    expect(codesOf({ ...eligible(), language: 'it' })).toEqual(['language_not_supported'])
    const settings = { ...DEFAULT_SETTINGS, languages: ['de' as const] }
    expect(codesOf({ ...eligible(), settings })).toEqual(['language_not_supported'])
  })

  it('rejects retrieval below the threshold or without any article', () => {
    expect(codesOf({ ...eligible(), retrievalConfidence: 0.59 })).toEqual(['low_retrieval_confidence'])
    expect(codesOf({ ...eligible(), retrievalConfidence: null })).toEqual(['low_retrieval_confidence'])
    expect(codesOf({ ...eligible(), retrievalConfidence: 0.6 })).toEqual([])
  })

  it('rejects a draft without citations', () => {
    expect(codesOf({ ...eligible(), citedArticles: 0 })).toEqual(['no_citation'])
  })

  it('rejects very negative sentiment and frustration, not mild negativity', () => {
    expect(codesOf({ ...eligible(), sentiment: { label: 'very_negative', frustrated: false } })).toEqual([
      'very_negative_sentiment',
    ])
    expect(codesOf({ ...eligible(), sentiment: { label: 'negative', frustrated: true } })).toEqual([
      'frustrated',
    ])
    expect(codesOf({ ...eligible(), sentiment: { label: 'negative', frustrated: false } })).toEqual([])
  })

  it.each([
    ['urgent', true],
    ['high', true],
    ['normal', false],
    ['low', false],
  ])('treats priority %s as needing a human: %s', (priority, needsHuman) => {
    expect(codesOf({ ...eligible(), priority }).includes('high_priority')).toBe(needsHuman)
  })

  it.each(['vip', 'enterprise', 'platinum', 'VIP'])('rejects a requester tagged %s', (tag) => {
    expect(codesOf({ ...eligible(), ticket: { requester: { tags: [tag] } } })).toEqual(['vip_requester'])
  })

  it('rejects a requester whose organization is VIP', () => {
    expect(codesOf({ ...eligible(), ticket: { requester: { organizationTags: ['platinum'] } } })).toEqual([
      'vip_requester',
    ])
  })

  it('uses the VIP tags the admin configured', () => {
    const settings = { ...DEFAULT_SETTINGS, vipTags: ['gold'] }
    expect(codesOf({ ...eligible(), settings, ticket: { requester: { tags: ['vip'] } } })).toEqual([])
    expect(codesOf({ ...eligible(), settings, ticket: { requester: { tags: ['Gold'] } } })).toEqual([
      'vip_requester',
    ])
  })

  it.each(SENSITIVE_TOPICS)('rejects the sensitive topic %s with its own reason', (topic) => {
    const { reasons } = decideEligibility({ ...eligible(), sensitiveTopics: [topic] })
    expect(reasons).toHaveLength(1)
    expect(reasons[0]?.code).toBe(`sensitive_${topic}`)
    expect(reasons[0]?.message.length).toBeGreaterThan(5)
  })

  it('prevents answering twice', () => {
    expect(codesOf({ ...eligible(), ticket: { tags: [TAG_AUTO_REPLIED] } })).toEqual(['already_answered'])
  })

  it('never answers an agent (loop prevention)', () => {
    expect(codesOf({ ...eligible(), ticket: { requester: { isAgent: true } } })).toEqual([
      'requester_is_agent',
    ])
  })

  it('stops at the daily auto-reply cap', () => {
    const cap = DEFAULT_SETTINGS.dailyAutoReplyCap
    expect(codesOf({ ...eligible(), usage: { autoRepliesToday: cap - 1, llmTokensToday: 0 } })).toEqual([])
    expect(codesOf({ ...eligible(), usage: { autoRepliesToday: cap, llmTokensToday: 0 } })).toEqual([
      'daily_cap_reached',
    ])
  })

  it('stops when the LLM budget is used up', () => {
    const budget = DEFAULT_SETTINGS.llmDailyTokenBudget
    expect(codesOf({ ...eligible(), usage: { autoRepliesToday: 0, llmTokensToday: budget } })).toEqual([
      'llm_budget_exhausted',
    ])
  })

  it('lists every failing rule, not just the first', () => {
    const input: EligibilityInput = {
      ...eligible(),
      ticket: { channel: 'chat', tags: [TAG_AUTO_REPLIED], requester: { tags: ['vip'], isAgent: true } },
      priority: 'urgent',
      sensitiveTopics: ['legal_threat', 'billing_dispute'],
      citedArticles: 0,
    }
    expect(codesOf(input)).toEqual([
      'channel_not_allowed',
      'no_citation',
      'high_priority',
      'vip_requester',
      'sensitive_legal_threat',
      'sensitive_billing_dispute',
      'already_answered',
      'requester_is_agent',
    ])
  })
})

describe('reason parameters', () => {
  it('carries the values a reason names, so apps can word it in the agent language', () => {
    const input: EligibilityInput = {
      ...eligible(),
      ticket: { channel: 'chat' },
      category: 'complaint',
      language: 'it',
      priority: 'urgent',
      citedArticles: 0,
    }
    const params = Object.fromEntries(decideEligibility(input).reasons.map((r) => [r.code, r.params]))
    expect(params).toMatchObject({
      channel_not_allowed: { channel: 'chat' },
      category_not_allowed: { category: 'complaint' },
      language_not_supported: { language: 'it' },
      high_priority: { priority: 'urgent' },
    })
    expect(skipReason([TAG_ESCALATED], 'auto_reply')?.params).toEqual({ tag: TAG_ESCALATED })
    expect(Object.keys(params)).toContain('no_citation')
    expect(params.no_citation).toBeUndefined()
  })
})

describe('decideAction', () => {
  const yes = { eligible: true, reasons: [] }
  const no = { eligible: false, reasons: [{ code: 'vip_requester', message: 'VIP' }] }

  it.each([
    ['off', yes, 'skip'],
    ['off', no, 'skip'],
    ['draft_note', yes, 'internal_note'],
    ['draft_note', no, 'escalate'],
    ['auto_reply', yes, 'public_reply'],
    ['auto_reply', no, 'escalate'],
  ] as const)('in mode %s with eligibility %o returns %s', (mode, eligibility, action) => {
    expect(decideAction(mode, eligibility)).toBe(action)
  })

  it('covers every mode', () => {
    for (const mode of MODES) expect(decideAction(mode, yes)).toBeTypeOf('string')
  })
})

describe('decisionOf', () => {
  it('returns the audited decision of each action', () => {
    expect(decisionOf('public_reply')).toBe('auto_replied')
    expect(decisionOf('internal_note')).toBe('draft_noted')
    expect(decisionOf('escalate')).toBe('escalated')
    expect(decisionOf('skip')).toBe('skipped')
  })
})

describe('tagsForAction', () => {
  it('returns one outcome tag for replies and notes', () => {
    expect(tagsForAction('public_reply', [])).toEqual([TAG_AUTO_REPLIED])
    expect(tagsForAction('internal_note', [])).toEqual([TAG_DRAFT_NOTED])
    expect(tagsForAction('skip', [])).toEqual([])
  })

  it('returns the escalation tag and one tag per distinct reason', () => {
    const reasons = [
      { code: 'sensitive_legal_threat', message: '' },
      { code: 'vip_requester', message: '' },
      { code: 'vip_requester', message: '' },
    ]
    expect(tagsForAction('escalate', reasons)).toEqual([
      TAG_ESCALATED,
      'deskmate_reason_sensitive_legal_threat',
      'deskmate_reason_vip_requester',
    ])
  })
})

describe('reasonTag', () => {
  it('returns a lowercase tag without spaces, at most 80 characters', () => {
    expect(reasonTag('Odd Code!')).toBe('deskmate_reason_odd_code_')
    expect(reasonTag('x'.repeat(200))).toHaveLength(80)
  })
})

describe('skipReason', () => {
  it('returns null for a fresh ticket in an active mode', () => {
    expect(skipReason(['billing'], 'draft_note')).toBeNull()
    expect(skipReason(undefined, 'auto_reply')).toBeNull()
  })

  it('skips everything when the mode is off', () => {
    expect(skipReason([], 'off')?.code).toBe('mode_off')
  })

  it('skips a ticket tagged to opt out', () => {
    expect(skipReason([TAG_SKIP], 'auto_reply')?.code).toBe('opted_out')
  })

  it.each(OUTCOME_TAGS)('skips a ticket already tagged %s (loop prevention)', (tag) => {
    expect(skipReason([tag.toUpperCase()], 'auto_reply')?.code).toBe('already_handled')
  })
})
