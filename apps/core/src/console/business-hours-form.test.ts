import { describe, expect, it } from 'vitest'
import { toBusinessHours, toHoursForm, validateHoursForm } from './business-hours-form.ts'

const STORED = {
  timeZone: 'Europe/Paris',
  days: [1, 2, 3, 4, 5],
  start: '09:00',
  end: '17:00',
  holidays: ['2026-12-25', '2027-01-01'],
}

describe('business hours form: holidays', () => {
  it('shows the stored holidays and sends them back unchanged', () => {
    const form = toHoursForm(STORED)
    expect(form.hoursHolidays).toBe('2026-12-25, 2027-01-01')
    expect(validateHoursForm(form)).toEqual({})
    expect(toBusinessHours(form)).toEqual(STORED)
  })

  it('reads days separated by commas, spaces or lines, in calendar order', () => {
    const form = { ...toHoursForm(STORED), hoursHolidays: '2027-01-01\n2026-05-01;  2026-12-25,' }
    expect(validateHoursForm(form)).toEqual({})
    expect(toBusinessHours(form)?.holidays).toEqual(['2026-05-01', '2026-12-25', '2027-01-01'])
    expect(toBusinessHours({ ...form, hoursHolidays: '  ' })?.holidays).toEqual([])
  })

  it.each([
    ['a day that is not a date', '2026-02-30', 'console.hours.error.holidayDate'],
    ['a day not written YYYY-MM-DD', '25.12.2026', 'console.hours.error.holidayDate'],
    ['a day typed twice', '2026-12-25, 2026-12-25', 'console.hours.error.holidayTwice'],
    [
      'more days than a year has',
      Array.from({ length: 367 }, (_, i) =>
        new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10),
      ).join(' '),
      'console.hours.error.holidayCount',
    ],
  ])('refuses %s', (_, hoursHolidays, error) => {
    expect(validateHoursForm({ ...toHoursForm(STORED), hoursHolidays })).toEqual({ hoursHolidays: error })
  })

  it('checks no holidays while business hours are off', () => {
    const form = { ...toHoursForm(null), hoursHolidays: 'soon' }
    expect(form.hoursEnabled).toBe(false)
    expect(validateHoursForm(form)).toEqual({})
    expect(toBusinessHours(form)).toBeNull()
  })
})
