import { SELF } from 'cloudflare:test'
import type { TrainingCandidate } from '@deskmate/shared'
import { beforeAll, describe, expect, it } from 'vitest'
import { connectFreshdeskTenant, fdRest, type FdTenant } from '../helpers/freshdesk-sim.ts'
import { putSettings } from '../helpers/zendesk-sim.ts'

const LOGISTICS = [
  'The parcel never arrived at my address',
  'Where is my delivery? The courier is late',
  'Package lost in transit by the courier',
  'Tracking shows no movement on my parcel',
  'Courier left the parcel at the wrong door',
  'My shipment is delayed by two weeks',
]
const IDEAS = [
  'Please add a dark mode to the app',
  'Could you support Gantt charts in projects?',
  'Feature idea: calendar export for events',
  'I wish you had an API for reports',
  'Suggestion: keyboard shortcuts for power users',
  'Would love an offline mode in the app',
]

describe('POST /v1/admin/training for a Freshdesk account', () => {
  let acme: FdTenant
  let fieldId: string
  beforeAll(async () => {
    acme = await connectFreshdeskTenant('fd-training')
    await putSettings(acme, { categories: ['logistics', 'ideas', 'other'], allowedCategories: ['ideas'] })
    const labelled = [
      ...LOGISTICS.map((text) => ({ text, label: 'logistics' })),
      ...IDEAS.map((text) => ({ text, label: 'ideas' })),
    ]
    // Half carry the category as a tag, half in a custom field; an open ticket and an unlabelled one are noise.
    for (const [i, { text, label }] of labelled.entries())
      await acme.sim.createTicket({
        subject: text,
        body: `${text}. Thanks for your help.`,
        solved: true,
        agentReply: 'Sorted, thanks for your patience.',
        ...(i % 2 ? { tags: [label] } : { customFields: { cf_category: label } }),
      })
    await acme.sim.createTicket({ subject: 'Hello', body: 'Just saying hi', solved: true, tags: ['misc'] })
    await acme.sim.createTicket({ subject: 'Parcel?', body: 'Where is it?', tags: ['logistics'] })
    const fields = await fdRest<Array<{ id: number; name: string }>>(
      acme.sim.account,
      acme.apiKey,
      'GET',
      '/api/v2/ticket_fields',
    )
    fieldId = String(fields.find((field) => field.name === 'cf_category')?.id)
  })

  const train = async (source: unknown) =>
    SELF.fetch('https://worker.test/v1/admin/training', {
      method: 'POST',
      headers: await acme.adminAuth(),
      body: JSON.stringify({ source, limit: 100 }),
    })

  it('learns from the resolved tickets’ tags', async () => {
    const res = await train({ kind: 'tags' })
    expect(res.status).toBe(200)
    const candidate = await res.json<TrainingCandidate>()
    expect(candidate).toMatchObject({ examples: 6, skipped: 7, folds: 3 })
    expect(candidate.classes.map((c) => [c.label, c.examples])).toEqual([
      ['ideas', 3],
      ['logistics', 3],
    ])
  })

  it('learns from the custom field the admin picks, by its id', async () => {
    expect(fieldId).toMatch(/^\d+$/)
    const res = await train({ kind: 'field', fieldId })
    expect(res.status).toBe(200)
    expect(await res.json<TrainingCandidate>()).toMatchObject({ examples: 6, skipped: 7 })
  })

  it('refuses a field no solved ticket carries with 400', async () => {
    const res = await train({ kind: 'field', fieldId: '999' })
    expect(res.status).toBe(400)
    expect((await res.json<{ title: string }>()).title).toContain('at least two categories')
  })
})
