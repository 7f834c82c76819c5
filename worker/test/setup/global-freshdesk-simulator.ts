import type { TestProject } from 'vitest/node'
import { startFreshdeskSimulator } from '../../../apps/workspace/src/freshdesk/simulator/index.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    /** The Freshdesk simulator's API base for the Worker (`http://127.0.0.1:<port>/{account}`). */
    freshdeskApiBase: string
  }
}

/** Starts one Freshdesk simulator in Node for the whole run; each test file creates its own account. */
export const setup = async (project: TestProject): Promise<() => Promise<void>> => {
  const simulator = await startFreshdeskSimulator({ account: 'default' })
  project.provide('freshdeskApiBase', simulator.apiBase)
  return () => simulator.close()
}
