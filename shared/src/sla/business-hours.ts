import type { BusinessHours } from './policy.ts'

const MINUTE_MS = 60_000
const DAY_MIN = 24 * 60
// A policy with no open day would never reach its deadline; bound the walk instead of looping forever.
const MAX_DAYS_WALKED = 800

type LocalTime = { date: string; weekday: number; minuteOfDay: number }

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const
const formatters = new Map<string, Intl.DateTimeFormat>()

const formatterFor = (timeZone: string): Intl.DateTimeFormat => {
  let formatter = formatters.get(timeZone)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      weekday: 'short',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
    formatters.set(timeZone, formatter)
  }
  return formatter
}

/** The wall-clock date, weekday (0 = Sunday) and minute of day of `at` in `timeZone`. */
export const toLocalTime = (at: Date, timeZone: string): LocalTime => {
  const parts: Record<string, string> = {}
  for (const part of formatterFor(timeZone).formatToParts(at)) parts[part.type] = part.value
  const seconds = Number(parts.second) + (at.getTime() % 1000) / 1000
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    weekday: WEEKDAYS.indexOf(parts.weekday as (typeof WEEKDAYS)[number]),
    minuteOfDay: Number(parts.hour) * 60 + Number(parts.minute) + seconds / 60,
  }
}

const toMinutes = (hhmm: string): number => {
  const [h = '0', m = '0'] = hhmm.split(':')
  return Number(h) * 60 + Number(m)
}

/** The open window of a local day in minutes of day, or null when the day is closed. */
const openWindow = (local: LocalTime, hours: BusinessHours): { open: number; close: number } | null => {
  if (!hours.days.includes(local.weekday) || hours.holidays.includes(local.date)) return null
  const open = toMinutes(hours.start)
  const close = toMinutes(hours.end)
  return close > open ? { open, close } : null
}

/**
 * True when `at` falls inside the business hours (always true without business hours).
 * @example isWithinBusinessHours(new Date('2026-08-03T10:00:00Z'), { timeZone: 'UTC', days: [1], start: '09:00', end: '17:00', holidays: [] }) // true
 */
export const isWithinBusinessHours = (at: Date, hours: BusinessHours | null): boolean => {
  if (!hours) return true
  const local = toLocalTime(at, hours.timeZone)
  const window = openWindow(local, hours)
  return window !== null && local.minuteOfDay >= window.open && local.minuteOfDay < window.close
}

/**
 * Walks from `start` through open time only, calling `visit` with each open stretch [from, to) in ms.
 * `visit` returns true to stop. Stops after MAX_DAYS_WALKED days.
 */
const walkOpenTime = (
  start: Date,
  hours: BusinessHours,
  visit: (from: number, to: number) => boolean,
): void => {
  let cursor = start.getTime()
  for (let step = 0; step < MAX_DAYS_WALKED * 3; step++) {
    const local = toLocalTime(new Date(cursor), hours.timeZone)
    const window = openWindow(local, hours)
    if (window && local.minuteOfDay < window.open) {
      cursor += (window.open - local.minuteOfDay) * MINUTE_MS
    } else if (window && local.minuteOfDay < window.close) {
      const to = cursor + (window.close - local.minuteOfDay) * MINUTE_MS
      if (visit(cursor, to)) return
      cursor = to
    } else {
      // Jump to the next local midnight; a DST shift lands within an hour of it and the next step corrects.
      cursor += Math.max(DAY_MIN - local.minuteOfDay, 1) * MINUTE_MS
    }
  }
}

/**
 * The instant `minutes` of open time after `start` (plain wall-clock minutes without business hours).
 * @example addBusinessMinutes(new Date('2026-08-07T16:30:00Z'), 60, { timeZone: 'UTC', days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00', holidays: [] }) // Monday 09:30
 */
export const addBusinessMinutes = (start: Date, minutes: number, hours: BusinessHours | null): Date => {
  if (!hours) return new Date(start.getTime() + minutes * MINUTE_MS)
  let remainingMs = minutes * MINUTE_MS
  let result = new Date(start.getTime())
  walkOpenTime(start, hours, (from, to) => {
    if (to - from >= remainingMs) {
      result = new Date(from + remainingMs)
      return true
    }
    remainingMs -= to - from
    result = new Date(to)
    return false
  })
  return result
}

/**
 * Minutes of open time between `from` and `to` (0 when `to` is not after `from`).
 * @example businessMinutesBetween(new Date('2026-08-07T16:00:00Z'), new Date('2026-08-10T10:00:00Z'), weekdays9to5) // 120
 */
export const businessMinutesBetween = (from: Date, to: Date, hours: BusinessHours | null): number => {
  const end = to.getTime()
  if (end <= from.getTime()) return 0
  if (!hours) return (end - from.getTime()) / MINUTE_MS
  let totalMs = 0
  walkOpenTime(from, hours, (stretchFrom, stretchTo) => {
    if (stretchFrom >= end) return true
    totalMs += Math.min(stretchTo, end) - stretchFrom
    return stretchTo >= end
  })
  return totalMs / MINUTE_MS
}
