import type { Mode, Priority, Settings, SettingsPatch } from '@deskmate/shared'
import { toBusinessHours, toHoursForm, validateHoursForm, type HoursForm } from './business-hours-form.ts'

/** The Automation section's fields as the admin edits them (numbers and tag lists as typed). */
export type AutomationForm = {
  mode: Mode
  retrievalThreshold: string
  allowedCategories: string[]
  allowedChannels: string[]
  languages: string[]
  vipTags: string
  dailyAutoReplyCap: string
  llmDailyTokenBudget: string
  raisePriorityTo: Priority | ''
  groupId: string
} & HoursForm

/** A field the form checks, and the i18n key of what is wrong with it. */
export type AutomationErrors = Partial<Record<keyof AutomationForm, string>>

/** The form for the settings the Worker answered. */
export const toAutomationForm = (settings: Settings): AutomationForm => ({
  mode: settings.mode,
  retrievalThreshold: String(settings.retrievalThreshold),
  allowedCategories: [...settings.allowedCategories],
  allowedChannels: [...settings.allowedChannels],
  languages: [...settings.languages],
  vipTags: settings.vipTags.join(', '),
  dailyAutoReplyCap: String(settings.dailyAutoReplyCap),
  llmDailyTokenBudget: String(settings.llmDailyTokenBudget),
  raisePriorityTo: settings.escalation.raisePriorityTo ?? '',
  groupId: settings.escalation.groupId ?? '',
  ...toHoursForm(settings.sla.businessHours),
})

const wholeNumber = (text: string, max: number): number | null => {
  if (!/^\d+$/.test(text.trim())) return null
  const value = Number(text.trim())
  return value <= max ? value : null
}

const parseTags = (text: string): string[] => [
  ...new Set(
    text
      .split(',')
      .map((tag) => tag.trim())
      .filter(Boolean),
  ),
]

/** What the browser can check before the Worker validates the whole settings object again. */
export const validateAutomationForm = (form: AutomationForm): AutomationErrors => {
  const errors: AutomationErrors = {}
  const threshold = Number(form.retrievalThreshold)
  if (form.retrievalThreshold.trim() === '' || !(threshold >= 0 && threshold <= 1))
    errors.retrievalThreshold = 'console.error.threshold'
  if (wholeNumber(form.dailyAutoReplyCap, 1_000_000) === null)
    errors.dailyAutoReplyCap = 'console.error.wholeNumber'
  if (wholeNumber(form.llmDailyTokenBudget, 1_000_000_000) === null)
    errors.llmDailyTokenBudget = 'console.error.wholeNumber'
  if (form.languages.length === 0) errors.languages = 'console.error.oneLanguage'
  if (parseTags(form.vipTags).some((tag) => tag.length > 100)) errors.vipTags = 'console.error.tagTooLong'
  if (form.groupId.trim().length > 100) errors.groupId = 'console.error.tooLong'
  return { ...errors, ...validateHoursForm(form) }
}

/** Lists of labels compare as sets: ticking a box off and on again changes nothing. */
const normalize = (value: unknown): unknown =>
  Array.isArray(value) && value.every((item) => typeof item === 'string') ? [...value].sort() : value
const same = (a: unknown, b: unknown): boolean =>
  JSON.stringify(normalize(a)) === JSON.stringify(normalize(b))

/**
 * The update for a valid form: only the fields that differ from `settings` (escalation and the SLA policy are
 * sent whole).
 * @example toSettingsPatch({ ...toAutomationForm(s), mode: 'off' }, s) // { mode: 'off' }
 */
export const toSettingsPatch = (form: AutomationForm, settings: Settings): SettingsPatch => {
  const next: SettingsPatch = {
    mode: form.mode,
    retrievalThreshold: Number(form.retrievalThreshold),
    allowedCategories: form.allowedCategories,
    allowedChannels: form.allowedChannels as Settings['allowedChannels'],
    languages: form.languages as Settings['languages'],
    vipTags: parseTags(form.vipTags),
    dailyAutoReplyCap: Number(form.dailyAutoReplyCap),
    llmDailyTokenBudget: Number(form.llmDailyTokenBudget),
    escalation: {
      ...settings.escalation,
      raisePriorityTo: form.raisePriorityTo === '' ? null : form.raisePriorityTo,
      groupId: form.groupId.trim() === '' ? null : form.groupId.trim(),
    },
    sla: { ...settings.sla, businessHours: toBusinessHours(form) },
  }
  const entries = Object.entries(next).filter(([key, value]) => !same(settings[key as keyof Settings], value))
  return Object.fromEntries(entries) as SettingsPatch
}
