import { DEFAULT_SETTINGS, type Settings } from '@deskmate/shared'
import { describe, expect, it } from 'vitest'
import { toAutomationForm, toSettingsPatch, validateAutomationForm } from './automation-form.ts'

const settings: Settings = { ...DEFAULT_SETTINGS, vipTags: ['vip'] }
const form = toAutomationForm(settings)

describe('the Automation form', () => {
  it('sends nothing when nothing changed, even when boxes were ticked off and on in another order', () => {
    const reordered = { ...form, allowedCategories: [...form.allowedCategories].reverse() }
    expect(toSettingsPatch(reordered, settings)).toEqual({})
  })

  it('sends only the changed fields, typed as the Worker expects', () => {
    const edited = {
      ...form,
      mode: 'off' as const,
      retrievalThreshold: '0.8',
      vipTags: 'vip, gold , vip',
      raisePriorityTo: 'high' as const,
      groupId: ' 42 ',
    }
    expect(toSettingsPatch(edited, settings)).toEqual({
      mode: 'off',
      retrievalThreshold: 0.8,
      vipTags: ['vip', 'gold'],
      escalation: { ...settings.escalation, raisePriorityTo: 'high', groupId: '42' },
    })
  })

  it.each([
    ['a threshold above 1', { retrievalThreshold: '1.2' }, 'retrievalThreshold', 'console.error.threshold'],
    ['an empty threshold', { retrievalThreshold: ' ' }, 'retrievalThreshold', 'console.error.threshold'],
    ['a fractional cap', { dailyAutoReplyCap: '2.5' }, 'dailyAutoReplyCap', 'console.error.wholeNumber'],
    ['a negative budget', { llmDailyTokenBudget: '-1' }, 'llmDailyTokenBudget', 'console.error.wholeNumber'],
    ['no language', { languages: [] }, 'languages', 'console.error.oneLanguage'],
  ])('refuses %s', (_name, change, field, key) => {
    expect(validateAutomationForm({ ...form, ...change })).toEqual({ [field]: key })
  })

  it('accepts the form of valid settings', () => {
    expect(validateAutomationForm(form)).toEqual({})
  })
})
