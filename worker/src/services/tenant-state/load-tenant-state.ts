import { createSecretBox } from '../../crypto/secret-box.ts'
import { tenantDatabase } from '../../db/tenant-database.ts'
import { readTenantSnapshot } from '../../db/tenant-snapshot-repo.ts'
import { createTenantsRepo, type SecretField, type Tenant } from '../../db/tenants-repo.ts'
import type { DailyUsage } from '../../db/usage-repo.ts'
import { peekTenantModels, storeTenantModels, type TenantModels } from '../../engines/local/model-cache.ts'
import { openSecretAt } from './tenant-secrets.ts'

/** What a request knows of its tenant after one round trip: the row, today's usage, models and secrets. */
export type TenantState = {
  tenant: Tenant
  usage: DailyUsage
  models: TenantModels
  /** A decrypted secret of the row read by this request (decrypted once per row version and isolate). */
  secret(field: SecretField): Promise<string | null>
}

/**
 * Reads a tenant in one D1 round trip (row, usage, and the model JSON only when its version changed) and reuses
 * what this isolate derived from the same versions before: parsed models and decrypted secrets. A settings
 * change, secret rotation or retrain bumps a version, so the next request anywhere sees it. Null when there is no
 * such tenant.
 */
export const loadTenantState = async (env: Env, tenantId: string, now: Date): Promise<TenantState | null> => {
  const known = peekTenantModels(tenantId)
  const db = tenantDatabase(env, tenantId)
  const snapshot = await readTenantSnapshot(db, tenantId, {
    now,
    knownModelsVersion: known?.version ?? null,
  })
  if (!snapshot) return null
  const { tenant, sealed } = snapshot
  const models = snapshot.models
    ? storeTenantModels(tenant.id, tenant.modelsVersion, snapshot.models)
    : (known?.models ?? {})
  const tenants = createTenantsRepo(db, createSecretBox(env.ENCRYPTION_KEY))
  return {
    tenant,
    usage: snapshot.usage,
    models,
    secret: (field) =>
      openSecretAt(tenant.id, tenant.version, field, sealed[field], (value) =>
        tenants.openSealed(tenant.id, field, value),
      ),
  }
}
