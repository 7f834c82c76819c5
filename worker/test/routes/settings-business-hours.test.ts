import { SELF } from 'cloudflare:test'
import { DEFAULT_SETTINGS, type Settings } from '@deskmate/shared'
import { beforeAll, describe, expect, it } from 'vitest'
import { seedTenant, type SeededTenant } from '../helpers/tenants.ts'

const url = 'https://worker.test/v1/settings'
const HOURS = { timeZone: 'Europe/Paris', days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00', holidays: [] }

describe('PUT /v1/settings: business hours of the SLA fallback policy', () => {
  let acme: SeededTenant
  beforeAll(async () => {
    acme = await seedTenant('business-hours-acme')
  })

  const put = async (businessHours: unknown) =>
    SELF.fetch(url, {
      method: 'PUT',
      headers: await acme.adminAuth(),
      body: JSON.stringify({ sla: { ...DEFAULT_SETTINGS.sla, businessHours } }),
    })
  const stored = async () =>
    (await (await SELF.fetch(url, { headers: await acme.auth() })).json<Settings>()).sla

  it('stores valid business hours with their holidays', async () => {
    const withHolidays = { ...HOURS, holidays: ['2026-12-25', '2027-01-01'] }
    expect((await put(withHolidays)).status).toBe(200)
    expect((await stored()).businessHours).toEqual(withHolidays)
    expect((await put(HOURS)).status).toBe(200)
    expect((await stored()).businessHours).toEqual(HOURS)
  })

  it.each([
    ['an unknown time zone', { ...HOURS, timeZone: 'Mars/Olympus' }],
    ['no open day', { ...HOURS, days: [] }],
    ['closing before opening', { ...HOURS, start: '18:00' }],
    ['a holiday that is no calendar day', { ...HOURS, holidays: ['2026-13-01'] }],
    ['a holiday listed twice', { ...HOURS, holidays: ['2026-12-25', '2026-12-25'] }],
  ])('refuses %s with 400 and keeps the stored hours', async (_, hours) => {
    const res = await put(hours)
    expect(res.status).toBe(400)
    expect((await stored()).businessHours).toEqual(HOURS)
  })
})
