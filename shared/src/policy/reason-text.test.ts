import { describe, expect, it } from 'vitest'
import { DEFAULT_SETTINGS } from '../api/settings.ts'
import { decideEligibility, skipReason, TAG_SKIP } from './auto-reply.ts'
import { makeReason, REASON_CODES, REASON_TEXT, reasonText, type ReasonCode } from './reason-text.ts'
import { SENSITIVE_TOPICS } from './sensitive-topics.ts'

describe('reason vocabulary', () => {
  it('words every reason from its code and values, filling every placeholder', () => {
    for (const code of REASON_CODES) {
      const names = [...REASON_TEXT[code].matchAll(/\{\{(\w+)\}\}/g)].map(([, name = '']) => name)
      const text = reasonText(code, Object.fromEntries(names.map((name) => [name, 'x'])))
      expect(text, code).not.toContain('{{')
    }
  })

  it('shows labelled values in words', () => {
    expect(makeReason('high_priority', { priority: 'urgent' })).toEqual({
      code: 'high_priority',
      message: 'Priority Urgent needs a human',
      params: { priority: 'urgent' },
    })
    expect(reasonText('language_not_supported', { language: 'it' })).toBe('it is not an automated language')
  })

  it('is where every policy reason comes from', () => {
    const { reasons } = decideEligibility({
      settings: { ...DEFAULT_SETTINGS, allowedChannels: [] },
      ticket: { channel: 'chat', tags: [], requester: { isAgent: true } },
      category: 'how_to',
      priority: 'high',
      language: 'en',
      sentiment: { label: 'very_negative', frustrated: true },
      sensitiveTopics: SENSITIVE_TOPICS,
      retrievalConfidence: null,
      citedArticles: 0,
      usage: { autoRepliesToday: 0, llmTokensToday: 0 },
    })
    const skipped = skipReason([TAG_SKIP], 'auto_reply')
    for (const reason of [...reasons, ...(skipped ? [skipped] : [])]) {
      expect(REASON_CODES, reason.code).toContain(reason.code)
      expect(reason.message, reason.code).toBe(reasonText(reason.code as ReasonCode, reason.params))
    }
  })
})
