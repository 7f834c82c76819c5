import type { Settings } from '@deskmate/shared'
import { createKbRepo } from '../db/kb-repo.ts'
import { tenantDatabase } from '../db/tenant-database.ts'
import type { SecretField, Tenant } from '../db/tenants-repo.ts'
import { createUsageRepo, type DailyUsage } from '../db/usage-repo.ts'
import { createClaudeEngine } from '../engines/claude/create-claude-engine.ts'
import type { Engine } from '../engines/engine.ts'
import { createLocalEngine } from '../engines/local/create-local-engine.ts'
import type { TenantModels } from '../engines/local/model-cache.ts'
import { logEvent } from '../http/log.ts'
import { createAnthropicClient } from '../llm/create-client.ts'
import { createLlmBudget } from './llm-budget.ts'
import { loadTenantModels } from './tenant-state/tenant-models.ts'
import { readTenantSecret } from './tenant-state/tenant-secrets.ts'

/** What picking an engine for a request reads. */
export type EngineContext = {
  env: Env
  tenant: Tenant
  settings: Settings
  usage: DailyUsage
  onUsage?: (tokens: number) => void
  /** The tenant's parsed models when the caller has them; otherwise read through the isolate cache. */
  models?: TenantModels
  /** The tenant's secrets when the caller has them; otherwise read through the isolate cache. */
  secret?: (field: SecretField) => Promise<string | null>
}

/** The Anthropic key in force: the tenant's own, else the Worker-wide one, else none. */
const anthropicKeyFor = async (ctx: EngineContext): Promise<string | null> => {
  if (ctx.tenant.hasAnthropicKey) {
    return ctx.secret ? ctx.secret('anthropic_key') : readTenantSecret(ctx.env, ctx.tenant, 'anthropic_key')
  }
  return ctx.env.ANTHROPIC_API_KEY ? ctx.env.ANTHROPIC_API_KEY : null
}

/**
 * The tenant's engine: local (with its trained models), wrapped by Claude when a key is set and the daily
 * LLM budget is not used up. Claude's calls count their tokens against the budget themselves.
 */
export const createEngineFor = async (ctx: EngineContext): Promise<Engine> => {
  const db = tenantDatabase(ctx.env, ctx.tenant.id)
  const local = createLocalEngine({
    kb: createKbRepo(db, ctx.tenant.id),
    models: ctx.models ?? (await loadTenantModels(ctx.env, ctx.tenant)),
    categories: ctx.settings.categories,
  })
  if (ctx.usage.llmTokensToday >= ctx.settings.llmDailyTokenBudget) return local
  const apiKey = await anthropicKeyFor(ctx)
  if (!apiKey) return local
  return createClaudeEngine({
    local,
    client: createAnthropicClient({ apiKey, baseURL: ctx.env.ANTHROPIC_BASE_URL || undefined }),
    models: ctx.settings.models,
    categories: ctx.settings.categories,
    // Every Claude call reserves its tokens in D1 first and settles them after: the budget's last unit goes once.
    budget: createLlmBudget(
      createUsageRepo(db, ctx.tenant.id),
      ctx.settings.llmDailyTokenBudget,
      () => new Date(),
    ),
    ...(ctx.onUsage ? { onUsage: ctx.onUsage } : {}),
    onFallback: (error) => logEvent('warn', 'llm_fallback', { tenant: ctx.tenant.id, code: error.code }),
  })
}
