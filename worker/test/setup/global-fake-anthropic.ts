import type { TestProject } from 'vitest/node'
import { startFakeAnthropic } from '../fakes/fake-anthropic.ts'

/**
 * Starts one fake Anthropic API in Node for the whole run (workerd cannot listen on a port) and provides
 * its URL; tests isolate themselves by API key, not by server.
 */
export const setup = async (project: TestProject): Promise<() => Promise<void>> => {
  const fake = await startFakeAnthropic()
  project.provide('fakeAnthropicUrl', fake.url)
  return () => fake.close()
}
