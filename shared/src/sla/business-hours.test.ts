import { describe, expect, it } from 'vitest'
import type { BusinessHours } from './policy.ts'
import { addBusinessMinutes, businessMinutesBetween, isWithinBusinessHours } from './business-hours.ts'

const weekdays9to5: BusinessHours = {
  timeZone: 'UTC',
  days: [1, 2, 3, 4, 5],
  start: '09:00',
  end: '17:00',
  holidays: [],
}
const at = (iso: string) => new Date(iso)

describe('addBusinessMinutes', () => {
  it('adds wall-clock minutes without business hours', () => {
    expect(addBusinessMinutes(at('2026-08-08T23:30:00Z'), 60, null).toISOString()).toBe(
      '2026-08-09T00:30:00.000Z',
    )
  })

  it('adds minutes within the same open day', () => {
    expect(addBusinessMinutes(at('2026-08-03T10:00:00Z'), 90, weekdays9to5).toISOString()).toBe(
      '2026-08-03T11:30:00.000Z',
    )
  })

  it('pauses the SLA clock outside business hours, over the weekend', () => {
    // Friday 16:30 + 60 open minutes = 30 on Friday, 30 on Monday.
    expect(addBusinessMinutes(at('2026-08-07T16:30:00Z'), 60, weekdays9to5).toISOString()).toBe(
      '2026-08-10T09:30:00.000Z',
    )
  })

  it('starts counting at opening time for a ticket created before opening', () => {
    expect(addBusinessMinutes(at('2026-08-04T06:00:00Z'), 15, weekdays9to5).toISOString()).toBe(
      '2026-08-04T09:15:00.000Z',
    )
  })

  it('skips holidays', () => {
    const hours = { ...weekdays9to5, holidays: ['2026-08-10'] }
    expect(addBusinessMinutes(at('2026-08-07T16:30:00Z'), 60, hours).toISOString()).toBe(
      '2026-08-11T09:30:00.000Z',
    )
  })

  it('counts business hours in the policy time zone', () => {
    const newYork = { ...weekdays9to5, timeZone: 'America/New_York' }
    // 12:00 UTC is 08:00 in New York (EDT): the clock starts at 09:00 EDT = 13:00 UTC.
    expect(addBusinessMinutes(at('2026-08-03T12:00:00Z'), 30, newYork).toISOString()).toBe(
      '2026-08-03T13:30:00.000Z',
    )
  })
})

describe('businessMinutesBetween', () => {
  it('counts only open minutes across a weekend', () => {
    expect(businessMinutesBetween(at('2026-08-07T16:00:00Z'), at('2026-08-10T10:00:00Z'), weekdays9to5)).toBe(
      120,
    )
  })

  it('returns 0 when the end is not after the start', () => {
    expect(businessMinutesBetween(at('2026-08-07T16:00:00Z'), at('2026-08-07T15:00:00Z'), weekdays9to5)).toBe(
      0,
    )
  })

  it('returns wall-clock minutes without business hours', () => {
    expect(businessMinutesBetween(at('2026-08-07T16:00:00Z'), at('2026-08-08T16:00:00Z'), null)).toBe(1440)
  })
})

describe('isWithinBusinessHours', () => {
  it('returns true inside the window and false before opening, at closing and on weekends', () => {
    expect(isWithinBusinessHours(at('2026-08-03T09:00:00Z'), weekdays9to5)).toBe(true)
    expect(isWithinBusinessHours(at('2026-08-03T08:59:00Z'), weekdays9to5)).toBe(false)
    expect(isWithinBusinessHours(at('2026-08-03T17:00:00Z'), weekdays9to5)).toBe(false)
    expect(isWithinBusinessHours(at('2026-08-08T12:00:00Z'), weekdays9to5)).toBe(false)
  })

  it('returns true at any time without business hours', () => {
    expect(isWithinBusinessHours(at('2026-08-08T03:00:00Z'), null)).toBe(true)
  })
})
