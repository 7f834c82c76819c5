import Anthropic from '@anthropic-ai/sdk'

/** Per-request time limits: labels sit in the sidebar's critical path, drafts stream for longer. */
export const LLM_TIMEOUTS_MS = { classify: 8_000, draft: 20_000 } as const

/** How the SDK retries 408/409/429/5xx (with `retry-after`); Deskmate has no retry loop of its own. */
export const LLM_MAX_RETRIES = 2

const DEFAULT_BASE_URL = 'https://api.anthropic.com'

export type CreateClientOptions = {
  apiKey: string
  /** Empty or missing means Anthropic's API (the `ANTHROPIC_BASE_URL` var is `""` outside tests). */
  baseURL?: string | undefined
  /** Per-request options may lower it (classification uses `LLM_TIMEOUTS_MS.classify`). */
  timeoutMs?: number
  maxRetries?: number
  fetch?: typeof fetch
}

/** An Anthropic client with an explicit base URL, timeout and the SDK's own retries. */
export const createAnthropicClient = (opts: CreateClientOptions): Anthropic =>
  new Anthropic({
    apiKey: opts.apiKey,
    // Always explicit: otherwise the SDK reads process.env, which nodejs_compat fills with bindings.
    baseURL: opts.baseURL || DEFAULT_BASE_URL,
    timeout: opts.timeoutMs ?? LLM_TIMEOUTS_MS.draft,
    maxRetries: opts.maxRetries ?? LLM_MAX_RETRIES,
    ...(opts.fetch ? { fetch: opts.fetch } : {}),
  })
