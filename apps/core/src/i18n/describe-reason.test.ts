import { describe, expect, it } from 'vitest'
import {
  DEFAULT_SETTINGS,
  SENSITIVE_TOPICS,
  TAG_AUTO_REPLIED,
  TAG_SKIP,
  decideEligibility,
  skipReason,
  type Reason,
} from '@deskmate/shared'
import { describeReason } from './describe-reason.ts'
import { ALL_CATALOGS } from '../testing/all-catalogs.ts'
import { createTranslator, hasTranslation } from './translate.ts'

const i18nFor = (locale: string) => ({
  t: createTranslator(locale, ALL_CATALOGS, () => undefined),
  has: (key: string) => hasTranslation(locale, key, ALL_CATALOGS),
})

/** Every reason the shared policy can give, from one ticket that fails every rule. */
const everyPolicyReason = (): Reason[] =>
  [
    ...decideEligibility({
      settings: {
        ...DEFAULT_SETTINGS,
        vipTags: ['vip'],
        allowedChannels: ['email'],
        allowedCategories: ['billing'],
      },
      ticket: { channel: 'chat', tags: [TAG_AUTO_REPLIED], requester: { tags: ['vip'], isAgent: true } },
      category: 'how_to',
      priority: 'urgent',
      language: 'it',
      sentiment: { label: 'very_negative', frustrated: true },
      sensitiveTopics: SENSITIVE_TOPICS,
      retrievalConfidence: null,
      citedArticles: 0,
      usage: {
        autoRepliesToday: DEFAULT_SETTINGS.dailyAutoReplyCap,
        llmTokensToday: DEFAULT_SETTINGS.llmDailyTokenBudget,
      },
    }).reasons,
    skipReason([], 'off'),
    skipReason([TAG_SKIP], 'auto_reply'),
    skipReason([TAG_AUTO_REPLIED], 'auto_reply'),
  ].filter((reason): reason is Reason => reason !== null)

describe('describeReason', () => {
  it('words a reason in the agent language', () => {
    const reason = { code: 'frustrated', message: 'The customer is frustrated' }
    expect(describeReason(reason, i18nFor('de'))).toBe('Der Kunde ist frustriert')
    expect(describeReason(reason, i18nFor('pt-BR'))).toBe('O cliente está frustrado')
  })

  it('fills in the values the reason names, with their own labels where they have one', () => {
    const reason = {
      code: 'category_not_allowed',
      message: 'Category billing is not automated',
      params: { category: 'billing' },
    }
    expect(describeReason(reason, i18nFor('en'))).toBe('The category Billing is not automated')
    expect(describeReason(reason, i18nFor('fr'))).toBe('La catégorie Facturation n’est pas automatisée')
    const custom = { ...reason, params: { category: 'logistics' } }
    expect(describeReason(custom, i18nFor('es'))).toBe('La categoría logistics no está automatizada')
  })

  it('keeps the English message for unknown codes and for reasons recorded without their values', () => {
    expect(describeReason({ code: 'something_new', message: 'Something new' }, i18nFor('de'))).toBe(
      'Something new',
    )
    const old = { code: 'high_priority', message: 'Priority urgent needs a human' }
    expect(describeReason(old, i18nFor('de'))).toBe('Priority urgent needs a human')
  })

  it('has a flag label in every UI language for every sensitive topic', () => {
    for (const locale of ['en', 'de', 'es', 'fr', 'pt'] as const)
      for (const topic of SENSITIVE_TOPICS)
        expect(ALL_CATALOGS[locale]?.[`topic.${topic}`], `${locale} ${topic}`).toBeTruthy()
  })

  it('has a wording in every UI language for every reason the policy gives', () => {
    const reasons = everyPolicyReason()
    expect(reasons.length).toBeGreaterThan(25)
    for (const reason of reasons) {
      expect(hasTranslation('en', `reason.${reason.code}`), reason.code).toBe(true)
      const german = describeReason(reason, i18nFor('de'))
      expect(german, reason.code).not.toContain('{{')
      expect(german, reason.code).not.toBe(reason.message)
    }
  })
})
