import type { Reason } from '@deskmate/shared'
import type { I18n } from './i18n-context.tsx'

/** Reason parameters whose values are codes with their own labels, under `<param>.<value>` keys. */
const LABELLED_PARAMS = new Set([
  'category',
  'priority',
  'language',
  'channel',
  'sentiment',
  'claim',
  'promise',
])

/**
 * A decision reason in the agent's language. Codes the catalog does not know, and reasons recorded without the
 * values their wording needs, keep the Worker's English message.
 * @example describeReason({ code: 'frustrated', message: 'The customer is frustrated' }, i18n) // 'Der Kunde ist frustriert'
 */
export const describeReason = (reason: Reason, { t, has }: Pick<I18n, 't' | 'has'>): string => {
  const key = `reason.${reason.code}`
  if (!has(key)) return reason.message
  const vars = Object.fromEntries(
    Object.entries(reason.params ?? {}).map(([name, value]) => {
      const label = `${name}.${value}`
      return [name, LABELLED_PARAMS.has(name) && has(label) ? t(label) : value]
    }),
  )
  const text = t(key, vars)
  return text.includes('{{') ? reason.message : text
}
