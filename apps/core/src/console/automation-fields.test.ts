import { describe, expect, it, vi } from 'vitest'
import { DEFAULT_SETTINGS } from '@deskmate/shared'
import { automationFields } from './automation-fields.ts'
import { toAutomationForm } from './automation-form.ts'

const t = (key: string) => `«${key}»`

describe('automationFields', () => {
  const settings = { ...DEFAULT_SETTINGS, categories: ['billing', 'how_to'] }
  const form = toAutomationForm(settings)

  it('lists the threshold, the three choice groups and the limits with their values and errors', () => {
    const fields = automationFields(form, settings, { dailyAutoReplyCap: 'console.error.cap' }, vi.fn(), t)
    expect(fields.threshold).toMatchObject({
      label: '«console.threshold.label»',
      value: String(settings.retrievalThreshold),
      inputMode: 'decimal',
    })
    expect(fields.choices.map((group) => [group.key, group.options.length > 0])).toEqual([
      ['allowedCategories', true],
      ['allowedChannels', true],
      ['languages', true],
    ])
    expect(fields.choices[0]?.options).toEqual(['billing', 'how_to'])
    expect(fields.limits.map((field) => [field.key, field.error])).toEqual([
      ['vipTags', undefined],
      ['dailyAutoReplyCap', 'console.error.cap'],
      ['llmDailyTokenBudget', undefined],
    ])
  })

  it('edits the field each control stands for', () => {
    const edit = vi.fn()
    const fields = automationFields(form, settings, {}, edit, t)
    fields.threshold.onChange('0.8')
    fields.choices[1]?.onChange(['email'])
    fields.limits[2]?.onChange('5000')
    expect(edit.mock.calls).toEqual([
      [{ retrievalThreshold: '0.8' }],
      [{ allowedChannels: ['email'] }],
      [{ llmDailyTokenBudget: '5000' }],
    ])
  })
})
