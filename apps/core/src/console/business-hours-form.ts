import { MAX_HOLIDAYS, isCalendarDay, isTimeZone, type BusinessHours } from '@deskmate/shared'

/** The SLA fallback policy's business hours as the admin edits them (off: the clock runs around the clock). */
export type HoursForm = {
  hoursEnabled: boolean
  /** Open days, 0 = Sunday. */
  hoursDays: number[]
  hoursStart: string
  hoursEnd: string
  hoursTimeZone: string
  /** Holidays as typed: YYYY-MM-DD days separated by commas, spaces or new lines. */
  hoursHolidays: string
}

/** What a new set of business hours starts from: Monday to Friday, 9:00 to 17:00, in UTC. */
const DEFAULT_HOURS: Omit<BusinessHours, 'holidays'> = {
  timeZone: 'UTC',
  days: [1, 2, 3, 4, 5],
  start: '09:00',
  end: '17:00',
}

/** The form for the stored business hours (null: none). */
export const toHoursForm = (hours: BusinessHours | null): HoursForm => {
  const shown = hours ?? DEFAULT_HOURS
  return {
    hoursEnabled: hours !== null,
    hoursDays: [...shown.days],
    hoursStart: shown.start,
    hoursEnd: shown.end,
    hoursTimeZone: shown.timeZone,
    hoursHolidays: (hours?.holidays ?? []).join(', '),
  }
}

/** The days typed in the holidays field, in the order typed. */
const holidayDays = (text: string): string[] => text.split(/[\s,;]+/).filter((day) => day !== '')

/** The holidays field's mistake (an i18n key), if any: a day that is not a date, a repeat, too many. */
const holidaysError = (text: string): string | null => {
  const days = holidayDays(text)
  if (!days.every(isCalendarDay)) return 'console.hours.error.holidayDate'
  if (new Set(days).size !== days.length) return 'console.hours.error.holidayTwice'
  if (days.length > MAX_HOLIDAYS) return 'console.hours.error.holidayCount'
  return null
}

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/

/** The form's mistakes (i18n keys), only while business hours are on. */
export const validateHoursForm = (form: HoursForm): Partial<Record<keyof HoursForm, string>> => {
  if (!form.hoursEnabled) return {}
  const errors: Partial<Record<keyof HoursForm, string>> = {}
  if (form.hoursDays.length === 0) errors.hoursDays = 'console.hours.error.days'
  const start = form.hoursStart.trim()
  const end = form.hoursEnd.trim()
  if (!HHMM.test(start)) errors.hoursStart = 'console.hours.error.time'
  if (!HHMM.test(end) || (HHMM.test(start) && end <= start)) errors.hoursEnd = 'console.hours.error.window'
  if (!isTimeZone(form.hoursTimeZone.trim())) errors.hoursTimeZone = 'console.hours.error.timeZone'
  const holidays = holidaysError(form.hoursHolidays)
  if (holidays) errors.hoursHolidays = holidays
  return errors
}

/** The business hours a valid form stands for (null when off), holidays in calendar order. */
export const toBusinessHours = (form: HoursForm): BusinessHours | null =>
  form.hoursEnabled
    ? {
        timeZone: form.hoursTimeZone.trim(),
        days: [...new Set(form.hoursDays)].sort((a, b) => a - b),
        start: form.hoursStart.trim(),
        end: form.hoursEnd.trim(),
        holidays: [...new Set(holidayDays(form.hoursHolidays))].sort(),
      }
    : null

/** The week as the hours fields list it: Monday first; 0 = Sunday as the policy stores it. */
export const WEEK_DAYS = [1, 2, 3, 4, 5, 6, 0] as const

/**
 * A day of the week (0 = Sunday) by name in the UI language.
 * @example weekdayName(1, 'en') // 'Monday'
 */
export const weekdayName = (day: number, language: string): string =>
  // 2026-01-04 was a Sunday: day n of the week is 4 + n January.
  new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2026, 0, 4 + day)),
  )
