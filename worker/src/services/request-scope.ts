import type { Context } from 'hono'
import { AppError, type Settings } from '@deskmate/shared'
import type { AppEnv } from '../env.ts'
import { tenantDatabase } from '../db/tenant-database.ts'
import { createUsageRepo, type DailyUsage } from '../db/usage-repo.ts'
import type { Engine } from '../engines/engine.ts'
import { createEngineFor } from './create-engine.ts'
import { loadTenantState } from './tenant-state/load-tenant-state.ts'
import { resolveSettings } from './tenant-settings.ts'

/** What a request of an authenticated tenant works with. */
export type TenantScope = { settings: Settings; engine: Engine; usage: DailyUsage }

/** Settings, usage and engine for the authenticated tenant of a request; LLM tokens are counted after the response. */
export const openTenantScope = async (c: Context<AppEnv>): Promise<TenantScope> => {
  // Read with the tenant when the request was authenticated (one round trip); read now if it was not kept.
  const state = c.get('tenantState') ?? (await loadTenantState(c.env, c.get('tenant').id, new Date()))
  if (!state) throw new AppError('unauthorized', 'The tenant no longer exists')
  const { tenant, usage, models, secret } = state
  const usageRepo = createUsageRepo(tenantDatabase(c.env, tenant.id), tenant.id)
  const settings = resolveSettings(tenant, Boolean(c.env.ANTHROPIC_API_KEY))
  const engine = await createEngineFor({
    env: c.env,
    tenant,
    settings,
    usage,
    models,
    secret,
    onUsage: (tokens) => {
      if (tokens > 0)
        c.executionCtx.waitUntil(usageRepo.addStatement(new Date(), { llmTokens: tokens }).run())
    },
  })
  return { settings, engine, usage }
}
