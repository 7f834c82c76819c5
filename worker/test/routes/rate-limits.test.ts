import { SELF } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { seedTenant } from '../helpers/tenants.ts'

const url = (path: string) => `https://worker.test${path}`

/**
 * Sends requests until the first 429 and returns the statuses before it and the 429 itself. Windows are aligned
 * to the clock, so one may roll over during the run: at most two windows' worth are sent.
 */
const untilLimited = async (limit: number, send: () => Promise<Response>) => {
  const before: number[] = []
  for (let i = 0; i <= 2 * limit + 1; i++) {
    const res = await send()
    if (res.status === 429) return { before, limited: res }
    before.push(res.status)
  }
  return { before, limited: null }
}

describe('rate limits of expensive routes', () => {
  it('answers 429 problem+json with Retry-After once a tenant spends its training limit', async () => {
    const tenant = await seedTenant('ratelimit-train')
    const other = await seedTenant('ratelimit-train-other')
    const train = async (who: typeof tenant) =>
      SELF.fetch(url('/v1/models/train'), { method: 'POST', headers: await who.adminAuth(), body: '{}' })

    const { before, limited } = await untilLimited(10, () => train(tenant))
    expect(limited?.status).toBe(429)
    expect(before.length).toBeGreaterThanOrEqual(10)
    expect(before.every((status) => status === 400)).toBe(true)
    expect(limited?.headers.get('content-type')).toContain('application/problem+json')
    expect(Number(limited?.headers.get('retry-after'))).toBeGreaterThanOrEqual(1)
    expect(Number(limited?.headers.get('retry-after'))).toBeLessThanOrEqual(60)
    expect(await limited?.json()).toMatchObject({ status: 429, code: 'rate_limited' })
    // Another tenant keeps its own budget.
    expect((await train(other)).status).toBe(400)
  })

  it('counts stream tokens and drafts against one draft limit', { timeout: 60_000 }, async () => {
    const tenant = await seedTenant('ratelimit-draft')
    const streamToken = async () =>
      SELF.fetch(url('/v1/replies/stream-token'), {
        method: 'POST',
        headers: await tenant.auth(),
        body: '{}',
      })
    const { limited } = await untilLimited(120, streamToken)
    expect(limited?.status).toBe(429)
    const draft = await SELF.fetch(url('/v1/replies/draft'), {
      method: 'POST',
      headers: { ...(await tenant.auth()), Accept: 'application/json' },
      body: JSON.stringify({ ticket: { subject: 'Hi', body: 'Reset my password', channel: 'email' } }),
    })
    expect(draft.status).toBe(429)
  })

  it('limits registration attempts per client address', async () => {
    const register = (address: string) =>
      SELF.fetch(url('/v1/tenants/register'), {
        method: 'POST',
        headers: { 'CF-Connecting-IP': address, 'Content-Type': 'application/json' },
        body: '{}',
      })
    const { before, limited } = await untilLimited(20, () => register('203.0.113.7'))
    expect(limited?.status).toBe(429)
    expect(before.every((status) => status === 401)).toBe(true)
    expect((await register('203.0.113.8')).status).toBe(401)
  })
})
