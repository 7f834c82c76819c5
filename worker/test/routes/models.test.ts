import { SELF, env } from 'cloudflare:test'
import type { Analysis, TrainResponse } from '@deskmate/shared'
import { beforeAll, describe, expect, it } from 'vitest'
import { BODY_LIMITS } from '../../src/index.ts'
import { seedTenant, type SeededTenant } from '../helpers/tenants.ts'

const examples = [
  ...[
    'The parcel never arrived',
    'Where is my delivery?',
    'Package lost in transit',
    'Tracking shows no movement',
    'Courier left it at the wrong door',
    'Shipment delayed two weeks',
  ].map((text) => ({ text, label: 'logistics' })),
  ...[
    'Please add dark mode',
    'Could you support Gantt charts?',
    'Feature idea: calendar export',
    'I wish you had an API for reports',
    'Suggestion: keyboard shortcuts',
    'Would love offline mode',
  ].map((text) => ({ text, label: 'ideas' })),
]

describe('POST /v1/models/train', () => {
  let acme: SeededTenant
  let globex: SeededTenant
  beforeAll(async () => {
    acme = await seedTenant('acme')
    globex = await seedTenant('globex')
  })

  const analyze = async (who: SeededTenant) =>
    (
      await SELF.fetch('https://worker.test/v1/tickets/analyze', {
        method: 'POST',
        headers: await who.auth(),
        body: JSON.stringify({
          ticket: { subject: 'My package never arrived', body: 'The delivery is lost.' },
        }),
      })
    ).json<Analysis>()

  it('refuses category labels outside the tenant taxonomy', async () => {
    const res = await SELF.fetch('https://worker.test/v1/models/train', {
      method: 'POST',
      headers: await acme.adminAuth(),
      body: JSON.stringify({ target: 'category', examples }),
    })
    expect(res.status).toBe(400)
    expect((await res.json<{ title: string }>()).title).toContain('logistics')
  })

  it('trains the tenant’s category model, which analysis then uses', async () => {
    const settings = await SELF.fetch('https://worker.test/v1/settings', {
      method: 'PUT',
      headers: await acme.adminAuth(),
      body: JSON.stringify({ categories: ['logistics', 'ideas', 'other'], allowedCategories: ['ideas'] }),
    })
    expect(settings.status).toBe(200)
    const res = await SELF.fetch('https://worker.test/v1/models/train', {
      method: 'POST',
      headers: await acme.adminAuth(),
      body: JSON.stringify({ target: 'category', examples }),
    })
    expect(res.status).toBe(200)
    const trained = await res.json<TrainResponse>()
    expect(trained).toMatchObject({ target: 'category', examples: examples.length })
    expect(trained.labels.sort()).toEqual(['ideas', 'logistics'])
    expect((await analyze(acme)).category.label).toBe('logistics')
  })

  it('leaves other tenants on the default model', async () => {
    expect((await analyze(globex)).category.label).not.toBe('logistics')
    const rows = await env.DB.prepare('SELECT COUNT(*) AS n FROM models WHERE tenant_id = ?')
      .bind(globex.tenant.id)
      .first<{ n: number }>()
    expect(rows?.n).toBe(0)
  })

  it('takes a training set larger than an ordinary request body, up to the bulk limit', async () => {
    const long = (text: string, i: number) =>
      `${text} (case ${i}). ${'Details follow in the ticket. '.repeat(40)}`
    const many = Array.from({ length: 300 }, (_, i) => {
      const example = examples[i % examples.length] as { text: string; label: string }
      return { text: long(example.text, i), label: example.label === 'logistics' ? 'problem' : 'question' }
    })
    const body = JSON.stringify({ target: 'type', examples: many })
    expect(body.length).toBeGreaterThan(BODY_LIMITS.default)
    const res = await SELF.fetch('https://worker.test/v1/models/train', {
      method: 'POST',
      headers: await globex.adminAuth(),
      body,
    })
    expect(res.status).toBe(200)
    expect(await res.json<TrainResponse>()).toMatchObject({ target: 'type', examples: 300 })

    const tooLarge = await SELF.fetch('https://worker.test/v1/models/train', {
      method: 'POST',
      headers: await globex.adminAuth(),
      body: JSON.stringify({ target: 'type', examples: many, padding: 'x'.repeat(BODY_LIMITS.bulk) }),
    })
    expect(tooLarge.status).toBe(413)
  })

  it('rejects too few examples', async () => {
    const res = await SELF.fetch('https://worker.test/v1/models/train', {
      method: 'POST',
      headers: await acme.adminAuth(),
      body: JSON.stringify({ target: 'category', examples: examples.slice(0, 3) }),
    })
    expect(res.status).toBe(400)
  })
})
