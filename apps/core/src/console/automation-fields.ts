import { CHANNELS, SUPPORTED_LANGUAGES, type Settings } from '@deskmate/shared'
import type { AutomationErrors, AutomationForm } from './automation-form.ts'
import type { HoursForm } from './business-hours-form.ts'

/** One text setting of the Automation form, as each console's text input takes it. */
export type AutomationTextField = {
  key: 'retrievalThreshold' | 'vipTags' | 'dailyAutoReplyCap' | 'llmDailyTokenBudget'
  label: string
  hint?: string
  value: string
  inputMode: 'decimal' | 'numeric' | 'text'
  error: string | undefined
  onChange: (value: string) => void
}

/** One set of checkboxes of the Automation form (categories, channels, languages). */
export type AutomationChoiceGroup = {
  key: 'allowedCategories' | 'allowedChannels' | 'languages'
  legend: string
  options: readonly string[]
  /** The i18n key prefix of an option's name (`category.` → `category.billing`). */
  labelPrefix: string
  selected: readonly string[]
  error: string | undefined
  onChange: (selected: string[]) => void
}

/** The Automation form's fields in the UI language: the threshold, what may be answered, then the limits. */
export type AutomationFields = {
  threshold: AutomationTextField
  choices: AutomationChoiceGroup[]
  limits: AutomationTextField[]
}

type Edit = (change: Partial<AutomationForm>) => void

const text = (
  form: AutomationForm,
  errors: AutomationErrors,
  edit: Edit,
  field: Pick<AutomationTextField, 'key' | 'label' | 'inputMode'> & { hint?: string },
): AutomationTextField => ({
  ...field,
  value: form[field.key],
  error: errors[field.key],
  onChange: (value) => edit({ [field.key]: value }),
})

const choice = (
  form: AutomationForm,
  errors: AutomationErrors,
  edit: Edit,
  group: Pick<AutomationChoiceGroup, 'key' | 'legend' | 'options' | 'labelPrefix'>,
): AutomationChoiceGroup => ({
  ...group,
  selected: form[group.key],
  error: errors[group.key],
  onChange: (selected) => edit({ [group.key]: selected }),
})

/**
 * What the Automation form shows besides the mode and the escalation routing, for each console to draw with its
 * design system: labels, values, validation messages (i18n keys) and how a change edits the form.
 * @example const { threshold, choices, limits } = automationFields(state.form, state.settings, state.errors, state.edit, t)
 */
export const automationFields = (
  form: AutomationForm,
  settings: Pick<Settings, 'categories'>,
  errors: AutomationErrors,
  edit: Edit,
  t: (key: string) => string,
): AutomationFields => ({
  threshold: text(form, errors, edit, {
    key: 'retrievalThreshold',
    label: t('console.threshold.label'),
    hint: t('console.threshold.hint'),
    inputMode: 'decimal',
  }),
  choices: [
    choice(form, errors, edit, {
      key: 'allowedCategories',
      legend: t('console.categories.label'),
      options: settings.categories,
      labelPrefix: 'category.',
    }),
    choice(form, errors, edit, {
      key: 'allowedChannels',
      legend: t('console.channels.label'),
      options: CHANNELS,
      labelPrefix: 'channel.',
    }),
    choice(form, errors, edit, {
      key: 'languages',
      legend: t('console.languages.label'),
      options: SUPPORTED_LANGUAGES,
      labelPrefix: 'language.',
    }),
  ],
  limits: [
    text(form, errors, edit, {
      key: 'vipTags',
      label: t('console.vipTags.label'),
      hint: t('console.vipTags.hint'),
      inputMode: 'text',
    }),
    text(form, errors, edit, {
      key: 'dailyAutoReplyCap',
      label: t('console.cap.label'),
      inputMode: 'numeric',
    }),
    text(form, errors, edit, {
      key: 'llmDailyTokenBudget',
      label: t('console.budget.label'),
      inputMode: 'numeric',
    }),
  ],
})

/** One text field of the business hours (opening, closing, time zone, holidays), as each console's input takes it. */
export type HoursTextField = {
  key: 'hoursStart' | 'hoursEnd' | 'hoursTimeZone' | 'hoursHolidays'
  label: string
  hint: string
  value: string
  error: string | undefined
  onChange: (value: string) => void
}

/**
 * The business hours' text fields in the UI language, in the order the consoles show them after the open days.
 * @example hoursTextFields(form, errors, edit, t).map(({ key, ...field }) => <TextField key={key} {...field} />)
 */
export const hoursTextFields = (
  form: HoursForm,
  errors: AutomationErrors,
  edit: (change: Partial<HoursForm>) => void,
  t: (key: string) => string,
): HoursTextField[] =>
  (
    [
      ['hoursStart', 'console.hours.start', 'console.hours.timeHint'],
      ['hoursEnd', 'console.hours.end', 'console.hours.timeHint'],
      ['hoursTimeZone', 'console.hours.timeZone', 'console.hours.timeZoneHint'],
      ['hoursHolidays', 'console.hours.holidays', 'console.hours.holidaysHint'],
    ] as const
  ).map(([key, label, hint]) => ({
    key,
    label: t(label),
    hint: t(hint),
    value: form[key],
    error: errors[key],
    onChange: (value: string) => edit({ [key]: value }),
  }))
