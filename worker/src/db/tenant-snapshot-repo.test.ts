import { env } from 'cloudflare:test'
import { beforeAll, describe, expect, it } from 'vitest'
import { createSecretBox } from '../crypto/secret-box.ts'
import { createModelsRepo } from './models-repo.ts'
import { readTenantSnapshot } from './tenant-snapshot-repo.ts'
import { createTenantsRepo } from './tenants-repo.ts'

const TENANT = 'zendesk:snapshot'
const now = new Date('2026-03-02T10:00:00Z')
const model = (target: 'category' | 'type', json: string) => ({
  target,
  json,
  labels: ['a', 'b'],
  examples: 10,
  holdoutAccuracy: null,
  trainedAt: now.toISOString(),
})

describe('readTenantSnapshot', () => {
  beforeAll(async () => {
    const tenants = createTenantsRepo(env.DB, createSecretBox(env.ENCRYPTION_KEY))
    await tenants.upsert({ helpdesk: 'zendesk', account: 'snapshot', sharedSecret: 's' }, now)
    await createModelsRepo(env.DB, TENANT).save(model('category', '{"big":"model"}'))
  })

  it('reads the models only when their version is not the one the caller has', async () => {
    const cold = await readTenantSnapshot(env.DB, TENANT, { now, knownModelsVersion: null })
    expect(cold?.models?.map((m) => m.target)).toEqual(['category'])
    const warm = await readTenantSnapshot(env.DB, TENANT, {
      now,
      knownModelsVersion: cold?.tenant.modelsVersion ?? null,
    })
    expect(warm?.models).toBeNull()
  })

  it('sees a retrain through a new models version, and a settings change through a new row version', async () => {
    const before = await readTenantSnapshot(env.DB, TENANT, { now, knownModelsVersion: null })
    await createModelsRepo(env.DB, TENANT).save(model('type', '{"other":"model"}'))
    const retrained = await readTenantSnapshot(env.DB, TENANT, {
      now,
      knownModelsVersion: before?.tenant.modelsVersion ?? null,
    })
    expect(retrained?.models?.map((m) => m.target).sort()).toEqual(['category', 'type'])
    expect(retrained?.tenant.version).toBe(before?.tenant.version)
    await createTenantsRepo(env.DB, createSecretBox(env.ENCRYPTION_KEY)).saveSettings(
      TENANT,
      { mode: 'off' },
      undefined,
      now,
    )
    const changed = await readTenantSnapshot(env.DB, TENANT, { now, knownModelsVersion: null })
    expect(changed?.tenant.version).toBeGreaterThan(before?.tenant.version ?? Infinity)
    expect(changed?.tenant.modelsVersion).toBe(retrained?.tenant.modelsVersion)
    expect(changed?.tenant.storedSettings).toEqual({ mode: 'off' })
  })

  it('answers null for an unknown tenant', async () => {
    expect(await readTenantSnapshot(env.DB, 'zendesk:nobody', { now, knownModelsVersion: null })).toBeNull()
  })
})
