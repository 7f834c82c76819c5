import { categoryLabel } from '../taxonomy/taxonomy.ts'

/**
 * English labels of the values a reason names, keyed by parameter then value. The sidebar's catalogs hold the
 * same labels under `<param>.<value>` keys (in English word for word) and translate them.
 */
export const REASON_PARAM_LABELS = {
  category: {
    billing: 'Billing',
    account_login: 'Account and login',
    technical_problem: 'Technical problem',
    bug_report: 'Bug report',
    feature_request: 'Feature request',
    how_to: 'How-to',
    shipping_returns: 'Shipping and returns',
    cancellation: 'Cancellation',
    complaint: 'Complaint',
    security: 'Security',
    other: 'Other',
  },
  priority: { low: 'Low', normal: 'Normal', high: 'High', urgent: 'Urgent' },
  language: { en: 'English', de: 'German', es: 'Spanish', fr: 'French', pt: 'Portuguese' },
  channel: {
    email: 'Email',
    web: 'Web form',
    chat: 'Chat',
    phone: 'Phone',
    social: 'Social media',
    api: 'API',
  },
  sentiment: {
    very_negative: 'Very negative',
    negative: 'Negative',
    neutral: 'Neutral',
    positive: 'Positive',
    very_positive: 'Very positive',
  },
  claim: {
    url: 'the link',
    email: 'the email address',
    phone: 'the phone number',
    price: 'the price',
    date: 'the date',
  },
  promise: { refund: 'a refund', credit: 'a credit or discount', deadline: 'a deadline' },
} as const satisfies Record<string, Record<string, string>>

/** Reason parameters whose values are codes with a label (the others, such as a title, are shown as they are). */
export type LabelledReasonParam = keyof typeof REASON_PARAM_LABELS

/** The parameters a reason's wording shows by their label. */
export const LABELLED_REASON_PARAMS = Object.keys(REASON_PARAM_LABELS) as LabelledReasonParam[]

/**
 * A reason parameter's value in English words: its label, a tenant's own category humanised, the value itself
 * otherwise.
 * @example reasonParamLabel('channel', 'web') // 'Web form'
 */
export const reasonParamLabel = (param: string, value: string): string => {
  const labels = (REASON_PARAM_LABELS as Record<string, Record<string, string> | undefined>)[param]
  const label = labels?.[value]
  if (label) return label
  return param === 'category' ? categoryLabel(value) : value
}
