import { describe, expect, it } from 'vitest'
import {
  DEFAULT_SETTINGS,
  decideEligibility,
  verifyDraft,
  type EligibilityInput,
  type Reason,
} from '@deskmate/shared'
import { ALL_CATALOGS } from '../testing/all-catalogs.ts'
import { describeReason } from './describe-reason.ts'
import { createTranslator, hasTranslation } from './translate.ts'

const i18nFor = (locale: string) => ({
  t: createTranslator(locale, ALL_CATALOGS, () => undefined),
  has: (key: string) => hasTranslation(locale, key, ALL_CATALOGS),
})

const ticketInput = (body: string, followUp?: string): EligibilityInput => ({
  settings: DEFAULT_SETTINGS,
  ticket: { channel: 'email', subject: 'Help', body },
  category: 'how_to',
  priority: 'normal',
  language: 'en',
  sentiment: { label: 'neutral', frustrated: false },
  sensitiveTopics: [],
  retrievalConfidence: 0.9,
  topArticle: { id: 'a', title: 'Export your data' },
  citedArticles: 1,
  usage: { autoRepliesToday: 0, llmTokensToday: 0 },
  ...(followUp ? { followUp } : {}),
})

/** The text rules' escalations, what an eligible ticket is allowed on, and what a draft is held back for. */
const newReasons = (): Reason[] => {
  const log = Array.from({ length: 20 }, (_, i) => `2025-01-01 10:00:${10 + i} ERROR failed`).join('\n')
  const sources = { articles: ['Change your plan in Settings.'], ticket: 'Hi' }
  return [
    ...decideEligibility(ticketInput(`Nobody on our team can log in.\n${log}`, 'That did not help')).reasons,
    ...(decideEligibility(ticketInput('How do I export?')).allowedBecause ?? []),
    ...verifyDraft('Call +1 800 555 0199, $9, 3 May, https://x.example, a@x.example', sources),
    ...verifyDraft('We will refund you and add a discount within 2 days.', sources),
    { code: 'no_answer', message: 'No article answers this — review before sending' },
    { code: 'no_translation', message: 'The article is not written in fr', params: { language: 'fr' } },
  ]
}

describe('describeReason for drafts and allowed replies', () => {
  it('has a wording in every UI language for each of them, with its values filled in', () => {
    const reasons = newReasons()
    expect(new Set(reasons.map((r) => r.code))).toEqual(
      new Set([
        'long_log',
        'mass_outage',
        'answer_did_not_help',
        'article_confident',
        'category_allowed',
        'sentiment_ok',
        'channel_allowed',
        'language_supported',
        'draft_unverified',
        'draft_unstated_promise',
        'no_answer',
        'no_translation',
      ]),
    )
    for (const locale of ['de', 'es', 'fr', 'pt']) {
      for (const reason of reasons) {
        const text = describeReason(reason, i18nFor(locale))
        expect(text, `${locale} ${reason.code}`).not.toContain('{{')
        expect(text, `${locale} ${reason.code}`).not.toBe(reason.message)
      }
    }
  })

  it('names the kind of fact and promise in the agent language', () => {
    const [phone] = verifyDraft('Call +1 800 555 0199.', { articles: [''], ticket: '' })
    expect(describeReason(phone as Reason, i18nFor('de'))).toBe(
      'Der Entwurf nennt die Telefonnummer „+1 800 555 0199“ – weder ein zitierter Artikel noch das Ticket enthält das',
    )
    const [refund] = verifyDraft('Le reembolsaremos.', { articles: [''], ticket: '' })
    expect(describeReason(refund as Reason, i18nFor('es'))).toBe(
      'El borrador promete un reembolso («reembolsaremos») que ningún artículo citado indica',
    )
  })
})
