import { ZSettingsPatch, type Settings } from '@deskmate/shared'
import { Hono } from 'hono'
import type { AppEnv } from '../env.ts'
import { createSecretBox } from '../crypto/secret-box.ts'
import { createTenantsRepo } from '../db/tenants-repo.ts'
import { validateJson } from '../http/validate.ts'
import { resolveSettings, updateSettings } from '../services/tenant-settings.ts'

/** /v1/settings: the tenant's mode, thresholds, taxonomy, budgets and SLA fallback policy. */
export const settingsRoutes = new Hono<AppEnv>()
  .get('/', (c) =>
    c.json(resolveSettings(c.get('tenant'), Boolean(c.env.ANTHROPIC_API_KEY)) satisfies Settings),
  )
  .put('/', validateJson(ZSettingsPatch), async (c) => {
    const settings = await updateSettings(c.get('tenant'), c.req.valid('json'), {
      tenants: createTenantsRepo(c.env.DB, createSecretBox(c.env.ENCRYPTION_KEY)),
      hasWorkerAnthropicKey: Boolean(c.env.ANTHROPIC_API_KEY),
      now: new Date(),
    })
    return c.json(settings satisfies Settings)
  })
