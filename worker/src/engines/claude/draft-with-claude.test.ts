import { describe, expect, it } from 'vitest'
import { createClaudeHarness } from '../../../test/fakes/claude-engine-harness.ts'
import { createFakeLocalEngine, LOCAL_DRAFT_TEXT } from '../../../test/fakes/fake-local-engine.ts'
import type { DraftInput, EngineDraftEvent } from '../engine.ts'

const INPUT: DraftInput = {
  ticket: { subject: 'Password reset', body: 'I cannot reset my password, the link expired.' },
  articles: [
    {
      id: 'kb-reset',
      title: 'Reset your password',
      body: '1. Open Settings. 2. Click Reset.',
      url: null,
      locale: 'en',
    },
    {
      id: 'kb-2fa',
      title: 'Two-factor',
      body: 'Use your authenticator app.',
      url: 'https://help.example/2fa',
      locale: 'en',
    },
  ],
  tone: 'formal',
  language: 'de',
}

const collect = async (events: AsyncIterable<EngineDraftEvent>): Promise<EngineDraftEvent[]> => {
  const all: EngineDraftEvent[] = []
  for await (const event of events) all.push(event)
  return all
}

const deltaText = (events: EngineDraftEvent[]): string =>
  events.map((e) => (e.type === 'delta' ? e.text : '')).join('')

const doneOf = (events: EngineDraftEvent[]) => {
  const last = events.at(-1)
  if (last?.type !== 'done') throw new Error(`expected a done event last, got ${JSON.stringify(last)}`)
  return last.draft
}

describe('createClaudeEngine().draft', () => {
  it('streams deltas that assemble into the final text, citing supplied articles', async () => {
    const harness = createClaudeHarness('ok', createFakeLocalEngine(0.9))
    const events = await collect(harness.engine.draft(INPUT))
    const draft = doneOf(events)
    expect(events.filter((e) => e.type === 'delta').length).toBeGreaterThan(5)
    expect(deltaText(events)).toBe(draft.text)
    expect(draft).toMatchObject({ engine: 'claude', language: 'de', tone: 'formal' })
    expect(draft.text).toContain('[#kb-reset]')
    expect(draft.citations).toEqual([
      { id: 'kb-reset', title: 'Reset your password', url: null },
      { id: 'kb-2fa', title: 'Two-factor', url: 'https://help.example/2fa' },
    ])
    expect(draft.tokens).toBeGreaterThan(0)
    expect(harness.usage).toEqual([draft.tokens])
  })

  it('never cites or shows an article id that was not supplied', async () => {
    const harness = createClaudeHarness('cite-unknown', createFakeLocalEngine(0.9))
    const events = await collect(harness.engine.draft(INPUT))
    const draft = doneOf(events)
    expect(events.some((e) => e.type === 'delta' && e.text.includes('invented'))).toBe(false)
    expect(draft.text).not.toContain('kb-invented-404')
    expect(draft.citations.map((c) => c.id)).toEqual(['kb-reset', 'kb-2fa'])
  })

  it('streams with the cached instructions, tone, language and delimited articles in the request', async () => {
    const harness = createClaudeHarness('ok', createFakeLocalEngine(0.9))
    await collect(harness.engine.draft(INPUT))
    const [body] = (await harness.sentBodies()) as Array<{
      model: string
      stream: boolean
      system: Array<{ text: string; cache_control?: unknown }>
      messages: Array<{ content: Array<{ text: string }> }>
    }>
    expect(body).toMatchObject({ model: 'claude-sonnet-5-5', stream: true })
    expect(body?.system.at(-1)?.cache_control).toEqual({ type: 'ephemeral' })
    const user = body?.messages[0]?.content.map((b) => b.text).join('\n') ?? ''
    expect(user).toContain('<article id="kb-reset" title="Reset your password">')
    expect(user).toMatch(/German, in a formal tone/)
  })

  it("appends the admin's signature as written, streamed and in the final text, unchecked", async () => {
    const signature = 'The Acme support team\n+1 555 0100'
    const harness = createClaudeHarness('ok', createFakeLocalEngine(0.9))
    const events = await collect(harness.engine.draft({ ...INPUT, signature }))
    const draft = doneOf(events)
    expect(deltaText(events)).toBe(draft.text)
    expect(draft.text.endsWith(`\n${signature}`)).toBe(true)
    // The admin wrote the number: it is not a fact the model invented.
    expect(draft.review).toBeUndefined()
    const [body] = (await harness.sentBodies()) as Array<{
      messages: Array<{ content: Array<{ text: string }> }>
    }>
    const user = body?.messages[0]?.content.map((b) => b.text).join('\n') ?? ''
    expect(user).toContain("the team's signature is added below it")
    expect(user).not.toContain('Acme support team')
  })

  it('falls back to the local draft without a reset when Claude fails before any text', async () => {
    const harness = createClaudeHarness('429', createFakeLocalEngine(0.9), { maxRetries: 0 })
    const events = await collect(harness.engine.draft(INPUT))
    expect(events.map((e) => e.type)).toEqual(['delta', 'delta', 'done'])
    expect(doneOf(events)).toMatchObject({ engine: 'local', text: LOCAL_DRAFT_TEXT })
    expect(harness.fallbacks.map((e) => e.code)).toEqual(['llm_rate_limited'])
  })

  it('falls back silently when the request times out', async () => {
    const harness = createClaudeHarness('timeout', createFakeLocalEngine(0.9), {
      maxRetries: 0,
      draftMs: 200,
    })
    const events = await collect(harness.engine.draft(INPUT))
    expect(events.some((e) => e.type === 'reset')).toBe(false)
    expect(doneOf(events)).toMatchObject({ engine: 'local', text: LOCAL_DRAFT_TEXT })
    expect(harness.fallbacks.map((e) => e.code)).toEqual(['llm_timeout'])
  })

  it('emits reset and then the local draft when the stream fails midway', async () => {
    const harness = createClaudeHarness('midstream-fail', createFakeLocalEngine(0.9))
    const events = await collect(harness.engine.draft(INPUT))
    const reset = events.findIndex((e) => e.type === 'reset')
    expect(reset).toBeGreaterThan(0)
    expect(events.slice(0, reset).every((e) => e.type === 'delta')).toBe(true)
    expect(deltaText(events.slice(reset + 1))).toBe(LOCAL_DRAFT_TEXT)
    expect(doneOf(events)).toMatchObject({ engine: 'local', text: LOCAL_DRAFT_TEXT })
    expect(doneOf(events).tokens).toBeGreaterThan(0) // the input Claude had already read
    expect(harness.fallbacks.map((e) => e.code)).toEqual(['llm_rate_limited'])
  })

  it('abandons a stream that stalls after some text, then resets to the local draft', async () => {
    const harness = createClaudeHarness('midstream-hang', createFakeLocalEngine(0.9), { draftMs: 1_000 })
    const events = await collect(harness.engine.draft(INPUT))
    expect(events.findIndex((e) => e.type === 'reset')).toBeGreaterThan(0)
    expect(doneOf(events)).toMatchObject({ engine: 'local' })
    expect(harness.fallbacks.map((e) => e.code)).toEqual(['llm_timeout'])
  })

  it('does not count a slow reader as a stalled stream', async () => {
    const harness = createClaudeHarness('ok', createFakeLocalEngine(0.9), { draftMs: 600 })
    const events: EngineDraftEvent[] = []
    for await (const event of harness.engine.draft(INPUT)) {
      events.push(event)
      if (events.length === 1) await new Promise((resolve) => setTimeout(resolve, 900))
    }
    expect(doneOf(events).engine).toBe('claude')
    expect(harness.fallbacks).toEqual([])
  })

  it('keeps suggestions local', async () => {
    const local = createFakeLocalEngine(0.9)
    const harness = createClaudeHarness('ok', local)
    const suggestions = await harness.engine.suggest({ text: 'reset', language: 'en', limit: 3 })
    expect(suggestions.map((s) => s.id)).toEqual(['kb-1'])
    expect(local.calls.suggest).toBe(1)
    expect(await harness.sentBodies()).toEqual([])
  })
})
