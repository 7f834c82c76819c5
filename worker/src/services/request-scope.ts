import type { Context } from 'hono'
import { AppError, type Settings } from '@deskmate/shared'
import type { AppEnv } from '../env.ts'
import type { DailyUsage } from '../db/usage-repo.ts'
import type { Engine } from '../engines/engine.ts'
import { createEngineFor } from './create-engine.ts'
import { loadTenantState } from './tenant-state/load-tenant-state.ts'
import { resolveSettings } from './tenant-settings.ts'

/** What a request of an authenticated tenant works with. */
export type TenantScope = { settings: Settings; engine: Engine; usage: DailyUsage }

/** Settings, usage and engine for the authenticated tenant of a request. */
export const openTenantScope = async (c: Context<AppEnv>): Promise<TenantScope> => {
  // Read with the tenant when the request was authenticated (one round trip); read now if it was not kept.
  const state = c.get('tenantState') ?? (await loadTenantState(c.env, c.get('tenant').id, new Date()))
  if (!state) throw new AppError('unauthorized', 'The tenant no longer exists')
  const { tenant, usage, models, secret } = state
  const settings = resolveSettings(tenant, Boolean(c.env.ANTHROPIC_API_KEY))
  // The engine's LLM budget records the tokens of each Claude call as it settles.
  const engine = await createEngineFor({ env: c.env, tenant, settings, usage, models, secret })
  return { settings, engine, usage }
}
