import { describe, expect, it } from 'vitest'
import { REASON_CODES, REASON_PARAM_LABELS, REASON_TEXT, makeReason, type ReasonCode } from '@deskmate/shared'
import { ALL_CATALOGS } from '../testing/all-catalogs.ts'
import type { UiLanguage } from './translate.ts'
import { createTranslator, hasTranslation } from './translate.ts'
import { describeReason } from './describe-reason.ts'

const i18nFor = (locale: UiLanguage) => ({
  t: createTranslator(locale, ALL_CATALOGS, () => undefined),
  has: (key: string) => hasTranslation(locale, key, ALL_CATALOGS),
})

/** Values for every parameter a reason may name: labelled codes as the Worker stores them. */
const SAMPLE_PARAMS: Record<string, string> = {
  channel: 'web',
  category: 'account_login',
  language: 'fr',
  priority: 'urgent',
  sentiment: 'very_negative',
  claim: 'phone',
  promise: 'refund',
  value: '+1 555 0100',
  tag: 'deskmate_escalated',
  article: 'Reset your password',
  confidence: '82%',
  threshold: '60%',
}

const paramsOf = (code: ReasonCode): Record<string, string> =>
  Object.fromEntries(
    [...REASON_TEXT[code].matchAll(/\{\{(\w+)\}\}/g)].map(([, name = '']) => [
      name,
      SAMPLE_PARAMS[name] ?? '?',
    ]),
  )

const LOCALES = Object.keys(ALL_CATALOGS) as UiLanguage[]

describe('one vocabulary for reasons', () => {
  it('has every reason the Worker writes, and only those, in every UI language', () => {
    for (const locale of LOCALES) {
      const reasonKeys = Object.keys(ALL_CATALOGS[locale]).filter((key) => key.startsWith('reason.'))
      expect(new Set(reasonKeys), locale).toEqual(new Set(REASON_CODES.map((code) => `reason.${code}`)))
    }
  })

  it('words each reason in the sidebar exactly as the helpdesk note and the audit do (English)', () => {
    const en = i18nFor('en')
    for (const code of REASON_CODES) {
      const reason = makeReason(code, paramsOf(code))
      expect(en.t(`reason.${code}`), code).toBe(REASON_TEXT[code])
      expect(describeReason(reason, en), code).toBe(reason.message)
    }
  })

  it('labels the values a reason names, never showing a raw code', () => {
    const en = ALL_CATALOGS.en as Record<string, string>
    for (const [param, labels] of Object.entries(REASON_PARAM_LABELS)) {
      for (const [value, label] of Object.entries(labels)) expect(en[`${param}.${value}`], value).toBe(label)
    }
    expect(makeReason('channel_not_allowed', { channel: 'web' }).message).toBe(
      'The channel Web form is not automated',
    )
    expect(makeReason('category_allowed', { category: 'returns_and_swaps' }).message).toBe(
      'The category Returns and swaps is automated',
    )
  })

  it('fills every value in every UI language', () => {
    for (const locale of LOCALES) {
      const i18n = i18nFor(locale)
      for (const code of REASON_CODES) {
        const text = describeReason(makeReason(code, paramsOf(code)), i18n)
        expect(text, `${locale} ${code}`).not.toMatch(/\{\{|very_negative|account_login/)
      }
    }
  })
})
