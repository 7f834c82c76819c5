import {
  AppError,
  ZSettingsHistoryQuery,
  ZSettingsPatch,
  type Settings,
  type SettingsHistoryResponse,
} from '@deskmate/shared'
import { Hono } from 'hono'
import type { AppEnv } from '../env.ts'
import { createSecretBox } from '../crypto/secret-box.ts'
import { createSettingsAuditRepo } from '../db/settings-audit-repo.ts'
import { tenantDatabase } from '../db/tenant-database.ts'
import { createTenantsRepo } from '../db/tenants-repo.ts'
import { parseWith, validateJson } from '../http/validate.ts'
import { resolveSettings, updateSettings } from '../services/tenant-settings.ts'

/** /v1/settings: the tenant's mode, thresholds, taxonomy, budgets and SLA fallback policy. */
export const settingsRoutes = new Hono<AppEnv>()
  .get('/', (c) =>
    c.json(resolveSettings(c.get('tenant'), Boolean(c.env.ANTHROPIC_API_KEY)) satisfies Settings),
  )
  .put('/', validateJson(ZSettingsPatch), async (c) => {
    const principal = c.get('principal')
    // authorizeOperation already refuses agents; the audit needs the admin the helpdesk vouched for.
    if (principal.kind !== 'admin') throw new AppError('admin_required', 'Only an administrator can do this')
    const tenant = c.get('tenant')
    const db = tenantDatabase(c.env, tenant.id)
    const settings = await updateSettings(tenant, c.req.valid('json'), {
      tenants: createTenantsRepo(db, createSecretBox(c.env.ENCRYPTION_KEY)),
      audit: createSettingsAuditRepo(db, tenant.id),
      changedBy: { userId: principal.userId, name: principal.name },
      hasWorkerAnthropicKey: Boolean(c.env.ANTHROPIC_API_KEY),
      now: new Date(),
    })
    return c.json(settings satisfies Settings)
  })
  /** Who changed what and when (admins only: not in the agent operations). */
  .get('/history', async (c) => {
    const { limit } = parseWith(ZSettingsHistoryQuery, c.req.query())
    const tenantId = c.get('tenant').id
    const items = await createSettingsAuditRepo(tenantDatabase(c.env, tenantId), tenantId).list(limit)
    return c.json({ items } satisfies SettingsHistoryResponse)
  })
