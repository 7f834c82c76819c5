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
    ['a signature of five lines', { signature: 'a\nb\nc\nd\ne' }],
    ['a signature with a control character', { signature: 'Acme\u0007 team' }],
    ['a blank signature', { signature: '   ' }],
    ['a signature over 300 characters', { signature: 'x'.repeat(301) }],
  ])('rejects %s and changes nothing', async (_name, body) => {
    const before = await (await SELF.fetch(url, { headers: await acme.auth() })).json<Settings>()
    const res = await put(body)
    expect(res.status).toBe(400)
    expect((await res.json<{ code: string }>()).code).toBe('validation_failed')
    const after = await (await SELF.fetch(url, { headers: await acme.auth() })).json<Settings>()
    expect(after).toEqual(before)
  })

  it('stores the draft signature an admin sets, trimmed, and removes it with null', async () => {
    const res = await put({ signature: '  The Acme support team\nhelp.acme.example ' })
    expect((await res.json<Settings>()).signature).toBe('The Acme support team\nhelp.acme.example')
    const read = await (await SELF.fetch(url, { headers: await acme.auth() })).json<Settings>()
    expect(read.signature).toBe('The Acme support team\nhelp.acme.example')
    expect((await (await put({ signature: null })).json<Settings>()).signature).toBeNull()
  })

  it('lets only an admin set the signature', async () => {
    const res = await SELF.fetch(url, {
      method: 'PUT',
      headers: await globex.auth(),
      body: JSON.stringify({ signature: 'Not the admin' }),
    })
    expect(res.status).toBe(403)
    const read = await (await SELF.fetch(url, { headers: await globex.auth() })).json<Settings>()
    expect(read.signature).toBeNull()
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
