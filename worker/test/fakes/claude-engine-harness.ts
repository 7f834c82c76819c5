import type { AppError } from '@deskmate/shared'
import { DEFAULT_CATEGORIES } from '@deskmate/shared'
import { inject } from 'vitest'
import { createClaudeEngine } from '../../src/engines/claude/create-claude-engine.ts'
import type { Engine } from '../../src/engines/engine.ts'
import { createAnthropicClient, LLM_MAX_RETRIES } from '../../src/llm/create-client.ts'
import { fakeApiKey, readFakeRequests, scriptFakeReply, type FakeScenario } from './fake-anthropic-keys.ts'
import type { FakeLocalEngine } from './fake-local-engine.ts'

/** A Claude engine wired to the fake Anthropic API, with what it reported. */
export type ClaudeHarness = {
  engine: Engine
  usage: number[]
  fallbacks: AppError[]
  /** Bodies the fake received for this harness's key. */
  sentBodies: () => Promise<unknown[]>
  /** Makes the fake model answer `text` to this harness's drafts. */
  script: (text: string) => Promise<void>
}

/** Builds a Claude engine over `local` whose API key selects the fake's `scenario`. */
export const createClaudeHarness = (
  scenario: FakeScenario,
  local: FakeLocalEngine,
  opts: { maxRetries?: number; classifyMs?: number; draftMs?: number; apiKey?: string } = {},
): ClaudeHarness => {
  const baseURL = inject('fakeAnthropicUrl')
  const apiKey = opts.apiKey ?? fakeApiKey(scenario)
  const usage: number[] = []
  const fallbacks: AppError[] = []
  const engine = createClaudeEngine({
    local,
    client: createAnthropicClient({ apiKey, baseURL, maxRetries: opts.maxRetries ?? LLM_MAX_RETRIES }),
    models: { classify: 'claude-haiku-5-5', draft: 'claude-sonnet-5-5' },
    categories: DEFAULT_CATEGORIES,
    timeouts: { classifyMs: opts.classifyMs ?? 8_000, draftMs: opts.draftMs ?? 20_000 },
    onUsage: (tokens) => usage.push(tokens),
    onFallback: (error) => fallbacks.push(error),
  })
  return {
    engine,
    usage,
    fallbacks,
    sentBodies: async () => (await readFakeRequests(baseURL, apiKey)).map((r) => r.body),
    script: (text) => scriptFakeReply(baseURL, apiKey, text),
  }
}
