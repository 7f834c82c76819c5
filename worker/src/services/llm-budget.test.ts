import { env } from 'cloudflare:test'
import { describe, expect, inject, it } from 'vitest'
import { createUsageRepo } from '../db/usage-repo.ts'
import { fakeApiKey, readFakeRequests } from '../../test/fakes/fake-anthropic-keys.ts'
import { seedTenant } from '../../test/helpers/tenants.ts'
import { createEngineFor } from './create-engine.ts'
import { resolveSettings } from './tenant-settings.ts'

const BUDGET = 50_000

const drain = async (events: AsyncIterable<{ type: string }>): Promise<string[]> => {
  const types: string[] = []
  for await (const event of events) types.push(event.type)
  return types
}

describe('the daily LLM budget', () => {
  it('lets only one of two concurrent drafts take its last unit, then records the tokens used', async () => {
    const { tenant } = await seedTenant('budget-race')
    const apiKey = fakeApiKey('ok')
    const settings = { ...resolveSettings(tenant, true), llmDailyTokenBudget: BUDGET }
    const usageRepo = createUsageRepo(env.DB, tenant.id)
    const now = new Date()
    await usageRepo.addStatement(now, { llmTokens: BUDGET - 1 }).run()
    const usage = await usageRepo.today(now)

    // Both requests read the same usage (one unit left) before either calls Claude.
    const engines = await Promise.all(
      [1, 2].map(() =>
        createEngineFor({ env: { ...env, ANTHROPIC_API_KEY: apiKey }, tenant, settings, usage }),
      ),
    )
    const ticket = {
      subject: 'Reset link',
      body: 'The password reset link has expired.',
      channel: 'email' as const,
    }
    const input = { ticket, articles: [], tone: 'friendly' as const, language: 'en' }
    const results = await Promise.all(engines.map((engine) => drain(engine.draft(input))))

    expect(results.every((types) => types.at(-1) === 'done')).toBe(true)
    const calls = await readFakeRequests(inject('fakeAnthropicUrl'), apiKey)
    expect(calls).toHaveLength(1)
    const after = await usageRepo.today(new Date())
    expect(after.llmTokensToday).toBeGreaterThan(BUDGET - 1)
    // The reservation was replaced by the call's real count (the fake reports far fewer tokens than reserved).
    expect(after.llmTokensToday).toBeLessThan(BUDGET - 1 + 4_000)
  })

  it('reserves nothing once the budget is spent', async () => {
    const { tenant } = await seedTenant('budget-spent')
    const usageRepo = createUsageRepo(env.DB, tenant.id)
    const now = new Date()
    await usageRepo.addStatement(now, { llmTokens: BUDGET }).run()
    expect(await usageRepo.reserveLlmTokens(now, 4_000, BUDGET)).toBe(false)
    expect((await usageRepo.today(now)).llmTokensToday).toBe(BUDGET)
    expect(await usageRepo.reserveLlmTokens(now, 4_000, BUDGET + 1)).toBe(true)
  })
})
