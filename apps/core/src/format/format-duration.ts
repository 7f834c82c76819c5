import type { Translate } from '../i18n/translate.ts'

const pad = (n: number): string => String(n).padStart(2, '0')

/**
 * A compact, translated duration: days and hours, hours and minutes, minutes and seconds, or seconds.
 * @example formatDuration(3_723_000, t) // '1 h 02 min'
 */
export const formatDuration = (ms: number, t: Translate): string => {
  const total = Math.floor(Math.abs(ms) / 1000)
  const d = Math.floor(total / 86_400)
  const h = Math.floor((total % 86_400) / 3_600)
  const m = Math.floor((total % 3_600) / 60)
  const s = total % 60
  if (d > 0) return t('duration.days', { d, h })
  if (h > 0) return t('duration.hours', { h, m: pad(m) })
  if (m > 0) return t('duration.minutes', { m, s: pad(s) })
  return t('duration.seconds', { s })
}

/** A share in [0, 1] as a whole percentage in the UI language. */
export const formatPercent = (value: number, language: string): string =>
  new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(value)

/** A date and time in the UI language, short form. */
export const formatDateTime = (iso: string, language: string): string => {
  const date = new Date(iso)
  return Number.isNaN(date.getTime())
    ? iso
    : new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(date)
}
