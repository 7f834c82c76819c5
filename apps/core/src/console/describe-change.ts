import type { SettingsChange } from '@deskmate/shared'
import type { I18n } from '../i18n/i18n-context.tsx'
import { isModel, modelName } from './model-name.ts'

/** The i18n key naming each audited field (others show their API name). */
const FIELD_LABELS: Record<string, string> = {
  mode: 'console.mode.label',
  retrievalThreshold: 'console.threshold.label',
  allowedCategories: 'console.categories.label',
  allowedChannels: 'console.channels.label',
  languages: 'console.languages.label',
  vipTags: 'console.vipTags.label',
  dailyAutoReplyCap: 'console.cap.label',
  llmDailyTokenBudget: 'console.budget.label',
  escalation: 'console.escalation.priority',
}

const formatValue = (value: unknown): string => {
  if (Array.isArray(value)) return value.map(String).join(', ') || '—'
  if (value === null || value === undefined || value === '') return '—'
  return typeof value === 'object' ? JSON.stringify(value) : String(value)
}

/** One change in words: "Answer threshold: 0.6 → 0.75"; the Anthropic key only as set or removed. */
export const describeChange = (change: SettingsChange, i18n: Pick<I18n, 't' | 'language'>): string => {
  const { t } = i18n
  if (isModel(change.before) && isModel(change.after))
    return t('console.training.history', {
      before: modelName(change.before, i18n),
      after: modelName(change.after, i18n),
    })
  if (change.field === 'anthropicKeyConfigured')
    return t(change.after ? 'console.history.keySet' : 'console.history.keyRemoved')
  const label = FIELD_LABELS[change.field]
  return t('console.history.change', {
    field: label ? t(label) : change.field,
    before: formatValue(change.before),
    after: formatValue(change.after),
  })
}
