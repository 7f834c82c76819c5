import { createModelsRepo, type StoredModel } from './models-repo.ts'
import { TENANT_COLUMNS, toTenant, type SecretField, type Tenant, type TenantRow } from './tenants-repo.ts'
import { createUsageRepo, type DailyUsage } from './usage-repo.ts'

/** The sealed (encrypted) secrets of a tenant row; null where never set. */
export type SealedSecrets = Record<SecretField, string | null>

/** What an authenticated request needs of its tenant, read in one round trip. */
export type TenantSnapshot = {
  tenant: Tenant
  sealed: SealedSecrets
  usage: DailyUsage
  /** The stored models when their version is not the known one; null when the caller's copy is current. */
  models: StoredModel[] | null
}

type SnapshotRow = TenantRow & {
  shared_secret_enc: string
  webhook_secret_enc: string | null
  api_token_enc: string | null
}

/**
 * Reads a tenant row (with its versions and sealed secrets), today's usage and, only when the models version
 * differs from `knownModelsVersion`, the stored models, in one D1 batch: one round trip, one transaction, so the
 * three agree. Null when there is no such tenant.
 */
export const readTenantSnapshot = async (
  db: D1Database,
  tenantId: string,
  options: { now: Date; knownModelsVersion: number | null },
): Promise<TenantSnapshot | null> => {
  const usage = createUsageRepo(db, tenantId)
  const models = createModelsRepo(db, tenantId)
  const [tenantResult, usageResult, modelsResult, chunksResult] = await db.batch([
    db
      .prepare(
        `SELECT ${TENANT_COLUMNS}, shared_secret_enc, webhook_secret_enc, api_token_enc FROM tenants WHERE id = ?`,
      )
      .bind(tenantId),
    usage.todayStatement(options.now),
    ...models.listChangedStatements(options.knownModelsVersion),
  ])
  const row = tenantResult?.results[0] as SnapshotRow | undefined
  if (!row) return null
  const isModelsCurrent = row.models_version === options.knownModelsVersion
  return {
    tenant: toTenant(row),
    sealed: {
      shared_secret: row.shared_secret_enc,
      webhook_secret: row.webhook_secret_enc,
      api_token: row.api_token_enc,
      anthropic_key: row.anthropic_key_enc,
    },
    usage: usage.readToday(usageResult),
    models: isModelsCurrent ? null : models.readListed(modelsResult, chunksResult),
  }
}
