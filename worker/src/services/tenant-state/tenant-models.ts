import { createModelsRepo } from '../../db/models-repo.ts'
import { tenantDatabase } from '../../db/tenant-database.ts'
import type { Tenant } from '../../db/tenants-repo.ts'
import { peekTenantModels, storeTenantModels, type TenantModels } from '../../engines/local/model-cache.ts'

/**
 * A tenant's parsed models for a tenant row read earlier in the same operation: this isolate's copy when it is at
 * the row's models version (no model JSON read), otherwise read from D1 and parsed once.
 */
export const loadTenantModels = async (env: Env, tenant: Tenant): Promise<TenantModels> => {
  const known = peekTenantModels(tenant.id)
  if (known?.version === tenant.modelsVersion) return known.models
  const stored = await createModelsRepo(tenantDatabase(env, tenant.id), tenant.id).list()
  return storeTenantModels(tenant.id, tenant.modelsVersion, stored)
}
