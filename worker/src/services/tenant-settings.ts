import { AppError, DEFAULT_SETTINGS, ZSettings, type Settings, type SettingsPatch } from '@deskmate/shared'
import type { Tenant, TenantsRepo } from '../db/tenants-repo.ts'
import { toDetails } from '../http/validate.ts'

/** A tenant's full settings: the defaults overlaid with what the admin stored. */
export const resolveSettings = (tenant: Tenant, hasWorkerAnthropicKey: boolean): Settings => {
  const { anthropicApiKey: _ignored, ...stored } = tenant.storedSettings
  return {
    ...DEFAULT_SETTINGS,
    ...stored,
    anthropicKeyConfigured: tenant.hasAnthropicKey || hasWorkerAnthropicKey,
  }
}

/**
 * Applies a partial update; the merged result must be valid as a whole (e.g. automated categories must exist).
 * Nested objects (sla, escalation, models) are replaced whole.
 */
export const updateSettings = async (
  tenant: Tenant,
  patch: SettingsPatch,
  deps: { tenants: TenantsRepo; hasWorkerAnthropicKey: boolean; now: Date },
): Promise<Settings> => {
  const { anthropicApiKey, ...changes } = patch
  const { anthropicApiKey: _stored, ...stored } = tenant.storedSettings
  const nextStored = { ...stored, ...changes }
  const merged = { ...DEFAULT_SETTINGS, ...nextStored }
  const checked = ZSettings.safeParse(merged)
  if (!checked.success) {
    throw new AppError('validation_failed', 'The settings are not valid', {
      details: toDetails(checked.error),
    })
  }
  const unknown = merged.allowedCategories.filter((c) => !merged.categories.includes(c))
  if (unknown.length > 0) {
    throw new AppError('validation_failed', 'Automated categories must be in the taxonomy', {
      details: [{ path: 'allowedCategories', message: `Not in categories: ${unknown.join(', ')}` }],
    })
  }
  await deps.tenants.saveSettings(tenant.id, nextStored, anthropicApiKey, deps.now)
  const hasTenantKey = anthropicApiKey === undefined ? tenant.hasAnthropicKey : anthropicApiKey !== null
  return {
    ...merged,
    anthropicKeyConfigured: hasTenantKey || deps.hasWorkerAnthropicKey,
  }
}
