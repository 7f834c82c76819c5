import type { TestProject } from 'vitest/node'
import { startZendeskSimulator } from '../../../apps/workspace/src/zendesk/simulator/index.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    /** The Zendesk simulator's API base for the Worker (`http://127.0.0.1:<port>/{account}`). */
    zendeskApiBase: string
  }
}

/**
 * Starts one Zendesk simulator in Node for the whole run (workerd cannot listen on a port); each test file
 * creates its own account through the simulator's control API, so files never share tickets.
 */
export const setup = async (project: TestProject): Promise<() => Promise<void>> => {
  const simulator = await startZendeskSimulator({ account: 'default' })
  project.provide('zendeskApiBase', simulator.apiBase)
  return () => simulator.close()
}
