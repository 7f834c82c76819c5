import { describe, expect, it } from 'vitest'
import { ZBusinessHours } from './policy.ts'

const HOURS = { timeZone: 'Europe/Paris', days: [1, 2, 3, 4, 5], start: '09:00', end: '17:30', holidays: [] }

describe('ZBusinessHours', () => {
  it('accepts open days, a window and an IANA time zone', () => {
    expect(ZBusinessHours.safeParse(HOURS).success).toBe(true)
  })

  it.each([
    ['an unknown time zone', { timeZone: 'Mars/Olympus' }],
    ['no open day', { days: [] }],
    ['closing before opening', { start: '17:00', end: '09:00' }],
    ['closing at opening', { end: '09:00' }],
    ['an hour past 23', { end: '24:00' }],
  ])('refuses %s', (_, change) => {
    expect(ZBusinessHours.safeParse({ ...HOURS, ...change }).success).toBe(false)
  })
})
