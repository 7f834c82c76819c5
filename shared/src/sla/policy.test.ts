import { describe, expect, it } from 'vitest'
import { ZBusinessHours } from './policy.ts'

const HOURS = { timeZone: 'Europe/Paris', days: [1, 2, 3, 4, 5], start: '09:00', end: '17:30', holidays: [] }

// 367 distinct calendar days from 2026-01-01.
const YEAR_AND_ONE = Array.from({ length: 367 }, (_, i) =>
  new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10),
)

describe('ZBusinessHours', () => {
  it('accepts open days, a window and an IANA time zone', () => {
    expect(ZBusinessHours.safeParse(HOURS).success).toBe(true)
  })

  it('accepts holidays, up to a year of them', () => {
    expect(ZBusinessHours.safeParse({ ...HOURS, holidays: ['2026-12-25', '2028-02-29'] }).success).toBe(true)
    expect(ZBusinessHours.safeParse({ ...HOURS, holidays: YEAR_AND_ONE.slice(1) }).success).toBe(true)
  })

  it.each([
    ['an unknown time zone', { timeZone: 'Mars/Olympus' }],
    ['no open day', { days: [] }],
    ['closing before opening', { start: '17:00', end: '09:00' }],
    ['closing at opening', { end: '09:00' }],
    ['an hour past 23', { end: '24:00' }],
    ['a holiday that is no calendar day', { holidays: ['2026-02-30'] }],
    ['a holiday not written YYYY-MM-DD', { holidays: ['25/12/2026'] }],
    ['a holiday listed twice', { holidays: ['2026-12-25', '2026-12-25'] }],
    ['more holidays than days in a year', { holidays: YEAR_AND_ONE }],
  ])('refuses %s', (_, change) => {
    expect(ZBusinessHours.safeParse({ ...HOURS, ...change }).success).toBe(false)
  })
})
