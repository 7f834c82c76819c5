import { SELF } from 'cloudflare:test'
import { DEFAULT_SETTINGS, type Settings } from '@deskmate/shared'
import { beforeAll, describe, expect, it } from 'vitest'
import { seedTenant, type SeededTenant } from '../helpers/tenants.ts'

const url = 'https://worker.test/v1/settings'

describe('/v1/settings', () => {
  let acme: SeededTenant
  let globex: SeededTenant
  beforeAll(async () => {
    acme = await seedTenant('acme')
    globex = await seedTenant('globex')
  })

  const put = async (body: unknown, who = acme) =>
    SELF.fetch(url, { method: 'PUT', headers: await who.adminAuth(), body: JSON.stringify(body) })

  it('answers the defaults for a new tenant', async () => {
    const res = await SELF.fetch(url, { headers: await acme.auth() })
    const settings = await res.json<Settings>()
    expect(settings.mode).toBe('draft_note')
    expect(settings.vipTags).toEqual(['vip', 'enterprise', 'platinum'])
    expect(settings.sla.targets.email.urgent).toEqual({ firstResponseMin: 15, resolutionMin: 240 })
    expect(settings.anthropicKeyConfigured).toBe(false)
  })

  it('applies a partial update and answers the full settings', async () => {
    const res = await put({ mode: 'auto_reply', retrievalThreshold: 0.7 })
    expect(res.status).toBe(200)
    const settings = await res.json<Settings>()
    expect(settings).toMatchObject({ mode: 'auto_reply', retrievalThreshold: 0.7 })
    expect(settings.categories).toEqual(DEFAULT_SETTINGS.categories)
    const again = await (await SELF.fetch(url, { headers: await acme.auth() })).json<Settings>()
    expect(again.mode).toBe('auto_reply')
  })

  it('keeps tenants apart', async () => {
    await put({ mode: 'off' }, acme)
    const other = await (await SELF.fetch(url, { headers: await globex.auth() })).json<Settings>()
    expect(other.mode).toBe('draft_note')
  })

  it.each([
    ['an unknown mode', { mode: 'yolo' }],
    ['an unknown key', { colour: 'blue' }],
    ['a threshold above 1', { retrievalThreshold: 1.5 }],
    ['an automated category outside the taxonomy', { allowedCategories: ['astrology'] }],
  ])('rejects %s and changes nothing', async (_name, body) => {
    const before = await (await SELF.fetch(url, { headers: await acme.auth() })).json<Settings>()
    const res = await put(body)
    expect(res.status).toBe(400)
    expect((await res.json<{ code: string }>()).code).toBe('validation_failed')
    const after = await (await SELF.fetch(url, { headers: await acme.auth() })).json<Settings>()
    expect(after).toEqual(before)
  })

  it('stores a tenant Anthropic key without ever returning it', async () => {
    const res = await put({ anthropicApiKey: 'sk-ant-tenant-secret-key' })
    const text = await res.text()
    expect(res.status).toBe(200)
    expect(text).not.toContain('sk-ant-tenant-secret-key')
    expect(JSON.parse(text)).toMatchObject({ anthropicKeyConfigured: true })
    const removed = await (await put({ anthropicApiKey: null })).json<Settings>()
    expect(removed.anthropicKeyConfigured).toBe(false)
  })
})
