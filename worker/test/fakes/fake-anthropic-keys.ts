// No Node imports here: tests inside workerd use this file too.

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the fake Anthropic Messages API (also bound as `ANTHROPIC_BASE_URL`). */
    fakeAnthropicUrl: string
  }
}

/**
 * How the fake Anthropic API behaves, chosen by the API key (`sk-test-<scenario>-<tag>`) so that tests
 * running in parallel never share a behaviour or a request log.
 */
export const FAKE_SCENARIOS = [
  'ok',
  '429',
  '529',
  '500',
  'timeout',
  'midstream-fail',
  'midstream-hang',
  'bad-tool',
  'cite-unknown',
  // Every FLAKY_EVERY-th request with the key fails (529 or 500): the 5 % LLM failures of a soak.
  'flaky',
] as const
export type FakeScenario = (typeof FAKE_SCENARIOS)[number]

/** A request as the fake received it. */
export type FakeAnthropicRequest = {
  method: string
  path: string
  apiKey: string | null
  headers: Record<string, string>
  body: unknown
  receivedAt: string
}

const KEY_PREFIX = 'sk-test-'

/** How often a `flaky` key's requests fail (one in this many). */
export const FLAKY_EVERY = 20

/** A fresh API key for `scenario`, unique to the caller. */
export const fakeApiKey = (scenario: FakeScenario): string =>
  `${KEY_PREFIX}${scenario}-${crypto.randomUUID()}`

/** The scenario a key selects, or null when the fake must answer 401 (not a test key). */
export const scenarioOf = (apiKey: string): FakeScenario | null => {
  if (!apiKey.startsWith(KEY_PREFIX)) return null
  const rest = apiKey.slice(KEY_PREFIX.length)
  const matches = FAKE_SCENARIOS.filter((s) => rest === s || rest.startsWith(`${s}-`))
  return matches.sort((a, b) => b.length - a.length)[0] ?? 'ok'
}

/** Makes the fake's model answer `text` to every text (non-tool) request sent with `apiKey`. */
export const scriptFakeReply = async (baseUrl: string, apiKey: string, text: string): Promise<void> => {
  const res = await fetch(`${baseUrl}/__reply?key=${encodeURIComponent(apiKey)}`, {
    method: 'PUT',
    body: JSON.stringify({ text }),
  })
  if (res.status !== 204) throw new Error(`fake Anthropic control endpoint answered ${res.status}`)
}

/** Reads what the fake received for one API key (through its control endpoint, so it works from workerd). */
export const readFakeRequests = async (baseUrl: string, apiKey: string): Promise<FakeAnthropicRequest[]> => {
  const res = await fetch(`${baseUrl}/__requests?key=${encodeURIComponent(apiKey)}`)
  if (!res.ok) throw new Error(`fake Anthropic control endpoint answered ${res.status}`)
  const { requests } = (await res.json()) as { requests: FakeAnthropicRequest[] }
  return requests
}
