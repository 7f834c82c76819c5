import type { Context } from 'hono'
import type { Settings } from '@deskmate/shared'
import type { AppEnv } from '../env.ts'
import { createUsageRepo, type DailyUsage } from '../db/usage-repo.ts'
import type { Engine } from '../engines/engine.ts'
import { createEngineFor } from './create-engine.ts'
import { resolveSettings } from './tenant-settings.ts'

/** What a request of an authenticated tenant works with. */
export type TenantScope = { settings: Settings; engine: Engine; usage: DailyUsage }

/** Settings, usage and engine for the authenticated tenant of a request. */
export const openTenantScope = async (c: Context<AppEnv>): Promise<TenantScope> => {
  const tenant = c.get('tenant')
  const now = new Date()
  const usageRepo = createUsageRepo(c.env.DB, tenant.id)
  const settings = resolveSettings(tenant, Boolean(c.env.ANTHROPIC_API_KEY))
  const usage = await usageRepo.today(now)
  // The engine's LLM budget records the tokens of each Claude call as it settles.
  const engine = await createEngineFor({ env: c.env, tenant, settings, usage })
  return { settings, engine, usage }
}
