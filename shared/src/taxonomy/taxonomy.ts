/** The default category taxonomy for general SaaS support; tenants may replace it in settings. */
export const DEFAULT_CATEGORIES = [
  'billing',
  'account_login',
  'technical_problem',
  'bug_report',
  'feature_request',
  'how_to',
  'shipping_returns',
  'cancellation',
  'complaint',
  'security',
  'other',
] as const
export type DefaultCategory = (typeof DEFAULT_CATEGORIES)[number]

/** Ticket priorities, lowest first (Zendesk's and Freshdesk's four levels). */
export const PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const
export type Priority = (typeof PRIORITIES)[number]

/** Ticket types, as the helpdesks name them. */
export const TICKET_TYPES = ['question', 'incident', 'problem', 'task'] as const
export type TicketType = (typeof TICKET_TYPES)[number]

/** Channels a ticket can arrive through. */
export const CHANNELS = ['email', 'web', 'chat', 'phone', 'social', 'api'] as const
export type Channel = (typeof CHANNELS)[number]

/** Languages Deskmate answers in (UI, drafts, KB). */
export const SUPPORTED_LANGUAGES = ['en', 'de', 'es', 'fr', 'pt'] as const
export type SupportedLanguage = (typeof SUPPORTED_LANGUAGES)[number]

/** True when `code` is a language Deskmate drafts in. */
export const isSupportedLanguage = (code: string): code is SupportedLanguage =>
  (SUPPORTED_LANGUAGES as readonly string[]).includes(code)

/** Human label for a category id (`account_login` → `Account login`). */
export const categoryLabel = (id: string): string => {
  const words = id.replace(/_/g, ' ')
  return words.charAt(0).toUpperCase() + words.slice(1)
}
