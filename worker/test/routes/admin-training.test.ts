import { SELF, env } from 'cloudflare:test'
import type { Analysis, SettingsHistoryResponse, TrainingCandidate, TrainingState } from '@deskmate/shared'
import { beforeAll, describe, expect, it } from 'vitest'
import { connectTenant, putSettings, type ConnectedTenant } from '../helpers/zendesk-sim.ts'

const base = 'https://worker.test/v1/admin/training'
const FIELD_ID = 360001

const LOGISTICS = [
  'The parcel never arrived at my address',
  'Where is my delivery? The courier is late',
  'Package lost in transit by the courier',
  'Tracking shows no movement on my parcel',
  'Courier left the parcel at the wrong door',
  'My shipment is delayed by two weeks',
  'The delivery van never came with my package',
  'Parcel tracking number does not work for my delivery',
]
const IDEAS = [
  'Please add a dark mode to the app',
  'Could you support Gantt charts in projects?',
  'Feature idea: calendar export for events',
  'I wish you had an API for reports',
  'Suggestion: keyboard shortcuts for power users',
  'Would love an offline mode in the app',
  'Idea: let us customise the dashboard widgets',
  'Please add a feature to export charts',
]

/** Solved tickets whose category is a tag (or, with `byField`, a custom field), plus noise training ignores. */
const seedHistory = async (tenant: ConnectedTenant, byField: boolean) => {
  const labelled = [
    ...LOGISTICS.map((text) => ({ text, label: 'logistics' })),
    ...IDEAS.map((text) => ({ text, label: 'ideas' })),
  ]
  for (const { text, label } of labelled)
    await tenant.sim.createTicket({
      subject: text,
      body: `${text}. Thanks for your help.`,
      solved: true,
      ...(byField ? { customFields: [{ id: FIELD_ID, value: label }] } : { tags: [label] }),
    })
  // Solved without a category, and open with one: neither is an example.
  await tenant.sim.createTicket({
    subject: 'Hello',
    body: 'Just saying hi',
    solved: true,
    tags: ['misc'],
  })
  await tenant.sim.createTicket({ subject: 'Parcel?', body: 'Where is it?', tags: ['logistics'] })
}

const PARCEL = { subject: 'My package never arrived', body: 'The parcel delivery is lost, the courier says.' }

describe('/v1/admin/training', () => {
  let acme: ConnectedTenant
  let globex: ConnectedTenant
  beforeAll(async () => {
    acme = await connectTenant('training-acme')
    globex = await connectTenant('training-globex')
    for (const tenant of [acme, globex])
      await putSettings(tenant, { categories: ['logistics', 'ideas', 'other'], allowedCategories: ['ideas'] })
    await seedHistory(acme, false)
    await seedHistory(globex, true)
  })

  const call = async (path: string, body?: unknown, headers?: Record<string, string>) =>
    SELF.fetch(`${base}${path}`, {
      method: body === undefined && !path.endsWith('adopt') && path !== '/rollback' ? 'GET' : 'POST',
      headers: headers ?? (await acme.adminAuth()),
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    })
  const state = async (tenant = acme) =>
    (await call('', undefined, await tenant.adminAuth())).json<TrainingState>()
  const category = async (tenant = acme) => {
    const res = await SELF.fetch('https://worker.test/v1/tickets/analyze', {
      method: 'POST',
      headers: await tenant.auth(),
      body: JSON.stringify({ ticket: PARCEL }),
    })
    return (await res.json<Analysis>()).category.label
  }
  const versionRows = async (tenant: ConnectedTenant) =>
    (
      await env.DB.prepare('SELECT COUNT(*) AS n FROM model_versions WHERE tenant_id = ?')
        .bind(tenant.tenant.id)
        .first<{ n: number }>()
    )?.n

  it('refuses agents every training call and writes nothing', async () => {
    const agent = await acme.auth()
    expect((await call('', undefined, agent)).status).toBe(403)
    expect((await call('', { source: { kind: 'tags' } }, agent)).status).toBe(403)
    expect((await call('/rollback', {}, agent)).status).toBe(403)
    expect((await call('/anything/adopt', {}, agent)).status).toBe(403)
    expect(await versionRows(acme)).toBe(0)
  })

  it('refuses bad requests and a history without categories, writing nothing', async () => {
    expect((await call('', { source: { kind: 'tags' }, limit: 5 })).status).toBe(400)
    expect((await call('', { source: { kind: 'field', fieldId: 'status' } })).status).toBe(400)
    const none = await call('', { source: { kind: 'field', fieldId: '999' } })
    expect(none.status).toBe(400)
    expect((await none.json<{ title: string }>()).title).toContain('at least two categories')
    expect((await call('/rollback', {})).status).toBe(409)
    expect(await versionRows(acme)).toBe(0)
  })

  it('trains a candidate from solved tickets’ tags, cross-validated beside the active model', async () => {
    const res = await call('', { source: { kind: 'tags' } })
    expect(res.status).toBe(200)
    const candidate = await res.json<TrainingCandidate>()
    expect(candidate).toMatchObject({ examples: 16, skipped: 1, folds: 3 })
    expect(candidate.classes.map((c) => [c.label, c.examples])).toEqual([
      ['ideas', 8],
      ['logistics', 8],
    ])
    // The shipped model knows neither category; the candidate learned both.
    for (const row of candidate.classes) expect(row.candidate).toBeGreaterThan(row.current)
    expect(candidate.candidateAccuracy).toBeGreaterThan(candidate.currentAccuracy)
    // Not adopted: the active model is still the shipped one.
    expect(await category()).not.toBe('logistics')
    expect(await state()).toMatchObject({ active: { source: 'default' }, candidate, previous: null })
  })

  it('adopts the candidate at once and audits it; rollback restores the previous model', async () => {
    const { candidate } = await state()
    expect((await call('/not-the-candidate/adopt', {})).status).toBe(404)
    const adopted = await call(`/${candidate!.id}/adopt`, {})
    expect(adopted.status).toBe(200)
    expect(await adopted.json<TrainingState>()).toMatchObject({
      active: { source: 'tenant', examples: 16 },
      candidate: null,
      previous: { source: 'default' },
    })
    expect(await category()).toBe('logistics')
    const history = await SELF.fetch('https://worker.test/v1/settings/history', {
      headers: await acme.adminAuth(),
    })
    const [latest] = (await history.json<SettingsHistoryResponse>()).items
    expect(latest?.changes).toEqual([
      {
        field: 'categoryModel',
        before: { source: 'default', examples: null, trainedAt: null },
        after: { source: 'tenant', examples: 16, trainedAt: candidate!.trainedAt },
      },
    ])
    expect(latest?.changedBy.userId).toBeTruthy()

    const rolledBack = await call('/rollback', {})
    expect(rolledBack.status).toBe(200)
    expect(await rolledBack.json<TrainingState>()).toMatchObject({
      active: { source: 'default' },
      previous: { source: 'tenant', examples: 16 },
    })
    expect(await category()).not.toBe('logistics')
    // A second rollback undoes the first.
    expect((await call('/rollback', {})).status).toBe(200)
    expect(await category()).toBe('logistics')
  })

  it('reads the category from a ticket field the admin picks, tenants apart', async () => {
    expect((await state(globex)).candidate).toBeNull()
    const res = await call(
      '',
      { source: { kind: 'field', fieldId: String(FIELD_ID) } },
      await globex.adminAuth(),
    )
    expect(res.status).toBe(200)
    expect(await res.json<TrainingCandidate>()).toMatchObject({ examples: 16, skipped: 1 })
    expect(await category(globex)).not.toBe('logistics')
    expect((await state(acme)).candidate).toBeNull()
  })
})
