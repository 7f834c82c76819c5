import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { seedTenant } from '../../test/helpers/tenants.ts'
import { assertModelFits, MAX_MODEL_CHARS } from '../services/train-tenant-model.ts'
import { createModelsRepo, type StoredModel } from './models-repo.ts'

/** D1's largest row, in bytes. */
const D1_ROW_LIMIT = 2_000_000

/** A model JSON of about `chars` characters, different for each `seed`, with a non-ASCII label. */
const modelOf = (chars: number, seed: string): StoredModel => {
  const block = `{"w":"${seed}${'AbCdEfGh0123456789+/'.repeat(50)}"},`
  return {
    target: 'category',
    json: `[${block.repeat(Math.ceil(chars / block.length))}"ünïcødé"]`,
    labels: ['billing', 'réclamation'],
    examples: 4_000,
    holdoutAccuracy: 0.9,
    trainedAt: '2026-11-02T10:00:00.000Z',
  }
}

const rowSizes = async (tenantId: string) => {
  const { results } = await env.DB.prepare(
    `SELECT length(CAST(data AS BLOB)) AS bytes FROM model_chunks WHERE tenant_id = ?
     UNION ALL SELECT length(CAST(model_json AS BLOB)) + length(CAST(labels_json AS BLOB)) FROM models
     WHERE tenant_id = ?`,
  )
    .bind(tenantId, tenantId)
    .all<{ bytes: number }>()
  return results.map((row) => row.bytes)
}

describe('models repository', () => {
  it('stores a model above D1’s row limit in rows below it and loads it back whole', async () => {
    const { tenant } = await seedTenant('models-large')
    const repo = createModelsRepo(env.DB, tenant.id)
    const model = modelOf(2_670_000, 'a')
    await repo.save(model)

    const sizes = await rowSizes(tenant.id)
    expect(sizes.length).toBeGreaterThan(2)
    for (const bytes of sizes) expect(bytes).toBeLessThan(D1_ROW_LIMIT)
    expect(await repo.list()).toEqual([model])
  })

  it('replaces every chunk of the previous model', async () => {
    const { tenant } = await seedTenant('models-replace')
    const repo = createModelsRepo(env.DB, tenant.id)
    await repo.save(modelOf(3_000_000, 'old'))
    const smaller = modelOf(500_000, 'new')
    await repo.save(smaller)

    expect(await repo.list()).toEqual([smaller])
    const chunks = await env.DB.prepare('SELECT COUNT(*) AS n FROM model_chunks WHERE tenant_id = ?')
      .bind(tenant.id)
      .first<{ n: number }>()
    expect(chunks?.n).toBe(2)
  })

  it('refuses to store a model larger than a tenant may keep, with 413', () => {
    expect(() => assertModelFits('x'.repeat(MAX_MODEL_CHARS))).not.toThrow()
    expect(() => assertModelFits('x'.repeat(MAX_MODEL_CHARS + 1))).toThrowError(
      expect.objectContaining({ code: 'payload_too_large', status: 413 }),
    )
  })
})
