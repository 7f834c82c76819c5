import { DEFAULT_CATEGORIES, PRIORITIES, SENTIMENTS, TICKET_TYPES, type Ticket } from '@deskmate/shared'
import { describe, expect, it } from 'vitest'
import { createClaudeHarness } from '../../../test/fakes/claude-engine-harness.ts'
import { createFakeLocalEngine } from '../../../test/fakes/fake-local-engine.ts'

const BILLING_TICKET: Ticket = {
  subject: 'Charged twice',
  body: 'This is urgent: a billing error charged my card twice and I am frustrated.',
}

type SentBody = {
  tools: Array<{
    name: string
    input_schema: { properties: Record<string, { enum?: string[]; properties?: never }> }
  }>
  tool_choice: { type: string; name: string }
  system: Array<{ text: string; cache_control?: { type: string } }>
  messages: Array<{ content: string }>
}

describe('createClaudeEngine().analyze', () => {
  it('keeps the local result when every local label is confident, without calling Claude', async () => {
    const harness = createClaudeHarness('ok', createFakeLocalEngine(0.9))
    const insights = await harness.engine.analyze(BILLING_TICKET)
    expect(insights).toMatchObject({ engine: 'local', category: { label: 'other' }, tokens: 0 })
    expect(await harness.sentBodies()).toEqual([])
    expect(harness.usage).toEqual([])
  })

  it('asks Claude when a local label is below the threshold and reports the engine and tokens', async () => {
    const harness = createClaudeHarness('ok', createFakeLocalEngine(0.3))
    const insights = await harness.engine.analyze(BILLING_TICKET)
    expect(insights).toMatchObject({
      engine: 'claude',
      category: { label: 'billing', confidence: 0.9 },
      priority: { label: 'urgent' },
      sentiment: { frustrated: true, urgent: true },
      // language and entities stay local
      language: { code: 'en', confidence: 0.99 },
      entities: { orderNumbers: ['A-1001'] },
    })
    expect(insights.tokens).toBeGreaterThan(0)
    expect(harness.usage).toEqual([insights.tokens])
    expect(await harness.sentBodies()).toHaveLength(1)
  })

  it('forces the labelling tool whose labels are enums of the tenant taxonomy and fixed scales', async () => {
    const harness = createClaudeHarness('ok', createFakeLocalEngine(0.3))
    await harness.engine.analyze(BILLING_TICKET)
    const [body] = (await harness.sentBodies()) as SentBody[]
    const tool = body?.tools[0]
    expect(body?.tool_choice).toMatchObject({ type: 'tool', name: tool?.name })
    const props = tool?.input_schema.properties
    expect(props?.category?.enum).toEqual([...DEFAULT_CATEGORIES])
    expect(props?.priority?.enum).toEqual([...PRIORITIES])
    expect(props?.type?.enum).toEqual([...TICKET_TYPES])
    expect(props?.sentiment).toMatchObject({ properties: { label: { enum: [...SENTIMENTS] } } })
  })

  it('replaces only the labels the local engine was unsure of', async () => {
    const harness = createClaudeHarness(
      'ok',
      createFakeLocalEngine({ category: 0.2, priority: 0.95, type: 0.95 }),
    )
    const insights = await harness.engine.analyze(BILLING_TICKET)
    expect(insights.category.label).toBe('billing')
    expect(insights.priority).toEqual({ label: 'normal', confidence: 0.95 })
    expect(insights.type).toEqual({ label: 'question', confidence: 0.95 })
  })

  it('falls back to the local labels when the tool output is outside the schema', async () => {
    const harness = createClaudeHarness('bad-tool', createFakeLocalEngine(0.3))
    const insights = await harness.engine.analyze(BILLING_TICKET)
    expect(insights).toMatchObject({
      engine: 'local',
      category: { label: 'other' },
      priority: { label: 'normal' },
      type: { label: 'question' },
      sentiment: { label: 'neutral' },
    })
    expect(insights.tokens).toBeGreaterThan(0)
    expect(harness.fallbacks.map((e) => e.code)).toEqual(['llm_upstream'])
  })

  it('falls back to local after the SDK retried a 429 twice', async () => {
    const harness = createClaudeHarness('429', createFakeLocalEngine(0.3))
    const insights = await harness.engine.analyze(BILLING_TICKET)
    expect(insights).toMatchObject({ engine: 'local', category: { label: 'other' }, tokens: 0 })
    expect(await harness.sentBodies()).toHaveLength(3)
    expect(harness.fallbacks[0]).toMatchObject({ code: 'llm_rate_limited', retryAfterSec: 1 })
  })

  it('falls back to local on 529 overloaded', async () => {
    const harness = createClaudeHarness('529', createFakeLocalEngine(0.3), { maxRetries: 0 })
    const insights = await harness.engine.analyze(BILLING_TICKET)
    expect(insights.engine).toBe('local')
    expect(harness.fallbacks.map((e) => e.code)).toEqual(['llm_rate_limited'])
  })

  it('falls back to local on a 500 and on a rejected key', async () => {
    const failing = createClaudeHarness('500', createFakeLocalEngine(0.3), { maxRetries: 0 })
    expect(await failing.engine.analyze(BILLING_TICKET)).toMatchObject({
      engine: 'local',
      category: { label: 'other' },
    })
    expect(failing.fallbacks.map((e) => e.code)).toEqual(['llm_upstream'])
    const rejected = createClaudeHarness('ok', createFakeLocalEngine(0.3), { apiKey: 'sk-ant-revoked-key' })
    expect(await rejected.engine.analyze(BILLING_TICKET)).toMatchObject({
      engine: 'local',
      category: { label: 'other' },
    })
    expect(rejected.fallbacks.map((e) => e.code)).toEqual(['llm_upstream'])
    expect(await rejected.sentBodies()).toHaveLength(1)
  })

  it('falls back to local when Claude does not answer in time', async () => {
    const harness = createClaudeHarness('timeout', createFakeLocalEngine(0.3), {
      maxRetries: 0,
      classifyMs: 200,
    })
    const insights = await harness.engine.analyze(BILLING_TICKET)
    expect(insights).toMatchObject({ engine: 'local', category: { label: 'other' } })
    expect(harness.fallbacks.map((e) => e.code)).toEqual(['llm_timeout'])
  })
})
