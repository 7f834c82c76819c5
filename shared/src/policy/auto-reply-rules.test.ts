import { describe, expect, it } from 'vitest'
import { DEFAULT_SETTINGS } from '../api/settings.ts'
import {
  TAG_AUTO_REPLIED,
  TAG_DRAFT_NOTED,
  TAG_ESCALATED,
  decideEligibility,
  skipReason,
  tagsForAction,
  type EligibilityInput,
} from './auto-reply.ts'
import { detectSensitiveTopics } from './sensitive-topics.ts'

/** A ticket as the analysis sees it, with the default settings and a confident article. */
const input = (subject: string, body: string, category: string): EligibilityInput => ({
  settings: DEFAULT_SETTINGS,
  ticket: { channel: 'email', tags: [], subject, body },
  category,
  priority: 'normal',
  language: 'en',
  sentiment: { label: 'neutral', frustrated: false },
  sensitiveTopics: detectSensitiveTopics(`${subject}\n${body}`),
  retrievalConfidence: 0.82,
  topArticle: { id: 'payment-methods-en', title: 'Accepted payment methods' },
  citedArticles: 1,
  usage: { autoRepliesToday: 0, llmTokensToday: 0 },
})

const codesOf = (eligibility: EligibilityInput): string[] =>
  decideEligibility(eligibility).reasons.map((r) => r.code)

describe('decideEligibility defaults', () => {
  it.each([
    ['Payment methods', 'Which payment methods do you accept? Can I pay by PayPal?'],
    ['Invoice copy', 'Where can I download the invoice for March?'],
    ['Pricing', 'How much does the Pro plan cost per user?'],
  ])('answers a billing question (%s)', (subject, body) => {
    expect(decideEligibility(input(subject, body, 'billing'))).toMatchObject({ eligible: true, reasons: [] })
  })

  it.each([
    ['Charged twice', 'You charged my card twice this month, please fix it.', 'sensitive_billing_dispute'],
    ['Refund', 'I want a refund for the annual plan.', 'sensitive_billing_dispute'],
    ['Chargeback', 'I will file a chargeback with my bank.', 'sensitive_chargeback'],
  ])('escalates a billing dispute (%s)', (subject, body, code) => {
    expect(codesOf(input(subject, body, 'billing'))).toContain(code)
  })

  it.each([
    [
      'Notes gone',
      'After syncing, all our projects were deleted and the data is gone.',
      'sensitive_data_loss',
    ],
    ['Hacked', 'Someone else logged into my account and changed the email.', 'sensitive_security_incident'],
    ['Down', 'Nobody on our team can log in since 9am, the app is not working.', 'sensitive_mass_outage'],
  ])('escalates a technical problem that %s', (subject, body, code) => {
    expect(codesOf(input(subject, body, 'technical_problem'))).toContain(code)
  })

  it('escalates a ticket with a long pasted log', () => {
    const log = Array.from({ length: 20 }, (_, i) => `2025-03-01 10:00:${10 + i} ERROR sync failed`).join(
      '\n',
    )
    expect(codesOf(input('Sync fails', `It fails, log below:\n${log}`, 'technical_problem'))).toContain(
      'long_log',
    )
  })

  it('escalates a follow-up that says the automated answer did not help', () => {
    const followUp = {
      ...input('Reset', 'How do I reset my password?', 'account_login'),
      followUp: 'That did not help.',
    }
    expect(codesOf(followUp)).toContain('answer_did_not_help')
  })

  it('gives an outage one reason: the topic when it is detected, the rule otherwise', () => {
    const outage = input('Down', 'The service is completely down for everyone.', 'technical_problem')
    const withTopic = {
      ...outage,
      sensitiveTopics: ['mass_outage'] as unknown as EligibilityInput['sensitiveTopics'],
    }
    const outageCodes = (codes: string[]) => codes.filter((code) => code.endsWith('mass_outage'))
    expect(outageCodes(codesOf(outage))).toHaveLength(1)
    expect(outageCodes(codesOf(withTopic))).toEqual(['sensitive_mass_outage'])
  })
})

describe('decideEligibility allowedBecause', () => {
  it('records the article and its confidence, category, sentiment, channel and language', () => {
    const result = decideEligibility(input('Payment methods', 'Can I pay by PayPal?', 'billing'))
    expect(result.allowedBecause?.map((r) => [r.code, r.params])).toEqual([
      [
        'article_confident',
        {
          article: 'Accepted payment methods',
          articleId: 'payment-methods-en',
          confidence: '82%',
          threshold: '60%',
        },
      ],
      ['category_allowed', { category: 'billing' }],
      ['sentiment_ok', { sentiment: 'neutral' }],
      ['channel_allowed', { channel: 'email' }],
      ['language_supported', { language: 'en' }],
    ])
    expect(result.allowedBecause?.[0]?.message).toBe(
      'Article "Accepted payment methods" answers it with 82% confidence (threshold 60%)',
    )
  })

  it('records nothing allowed for a ticket that is escalated', () => {
    const result = decideEligibility(input('Refund', 'Refund me now.', 'billing'))
    expect(result).toMatchObject({ eligible: false, allowedBecause: [] })
  })
})

describe('skipReason with a follow-up', () => {
  it.each([TAG_AUTO_REPLIED, TAG_DRAFT_NOTED])(
    'looks again at a %s ticket whose follow-up says it did not help',
    (tag) => {
      expect(skipReason([tag], 'auto_reply', 'Das hat leider nicht geholfen.')).toBeNull()
    },
  )

  it('still skips an answered ticket whose follow-up thanks us', () => {
    expect(skipReason([TAG_AUTO_REPLIED], 'auto_reply', 'Thanks, that worked!')?.code).toBe('already_handled')
  })

  it('still skips an escalated ticket: a person already has it', () => {
    expect(skipReason([TAG_ESCALATED], 'auto_reply', 'That did not help')?.code).toBe('already_handled')
  })

  it('skips a ticket escalated after Deskmate answered it, whatever the next follow-up says', () => {
    const skip = skipReason([TAG_AUTO_REPLIED, TAG_ESCALATED], 'auto_reply', 'Still not working, useless')
    expect(skip).toMatchObject({ code: 'already_handled', params: { tag: TAG_ESCALATED } })
  })
})

describe('tagsForAction for held-back drafts', () => {
  it('tags a draft note with the reasons it was held back', () => {
    const reasons = [{ code: 'draft_unverified', message: '' }]
    expect(tagsForAction('internal_note', reasons)).toEqual([
      TAG_DRAFT_NOTED,
      'deskmate_reason_draft_unverified',
    ])
  })
})
