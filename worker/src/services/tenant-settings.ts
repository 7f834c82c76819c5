import { AppError, DEFAULT_SETTINGS, ZSettings, type Settings, type SettingsPatch } from '@deskmate/shared'
import type { SettingsAuditRepo } from '../db/settings-audit-repo.ts'
import type { Tenant, TenantsRepo } from '../db/tenants-repo.ts'
import { toDetails } from '../http/validate.ts'
import { diffSettings } from './console/diff-settings.ts'

/** A tenant's full settings: the defaults overlaid with what the admin stored. */
export const resolveSettings = (tenant: Tenant, hasWorkerAnthropicKey: boolean): Settings => {
  const { anthropicApiKey: _ignored, ...stored } = tenant.storedSettings
  return {
    ...DEFAULT_SETTINGS,
    ...stored,
    anthropicKeyConfigured: tenant.hasAnthropicKey || hasWorkerAnthropicKey,
  }
}

/** What an update writes to and who made it (recorded with the change, before → after). */
export type UpdateSettingsDeps = {
  tenants: TenantsRepo
  audit: SettingsAuditRepo
  changedBy: { userId: string; name: string | null }
  hasWorkerAnthropicKey: boolean
  now: Date
}

/**
 * Applies a partial update; the merged result must be valid as a whole (e.g. automated categories must exist).
 * Nested objects (sla, escalation, models) are replaced whole. The changed fields are audited in the same
 * batch as the write, so a change is never saved without its record.
 */
export const updateSettings = async (
  tenant: Tenant,
  patch: SettingsPatch,
  deps: UpdateSettingsDeps,
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
  const hasTenantKey = anthropicApiKey === undefined ? tenant.hasAnthropicKey : anthropicApiKey !== null
  const after: Settings = { ...merged, anthropicKeyConfigured: hasTenantKey || deps.hasWorkerAnthropicKey }
  // The key itself is never audited: its change shows as whether the tenant has one of its own.
  const changed = diffSettings(
    { ...resolveSettings(tenant, false), anthropicKeyConfigured: tenant.hasAnthropicKey },
    { ...after, anthropicKeyConfigured: hasTenantKey },
  )
  const record = { changedBy: deps.changedBy, changes: changed, mode: after.mode }
  const alongside = changed.length > 0 ? [deps.audit.insertStatement(record, deps.now)] : []
  await deps.tenants.saveSettings(tenant.id, nextStored, anthropicApiKey, deps.now, alongside)
  return after
}
