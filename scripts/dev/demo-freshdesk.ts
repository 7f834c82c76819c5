import { join } from 'node:path'
import { freshdeskDemoTickets } from '../../apps/workspace/src/freshdesk/simulator/demo-tickets.ts'
import { loadTickets } from '../../apps/workspace/src/server/load-tickets.ts'
import {
  startFreshdeskSimulator,
  type FreshdeskSimulator,
} from '../../apps/workspace/src/freshdesk/simulator/index.ts'
import { REPO_ROOT, type DevSecrets } from './dev-secrets.ts'
import { signDevAdminSession } from './sign-dev-token.ts'

/**
 * Starts the simulated Freshdesk for the demo account (`demo.freshdesk.com`): the demo tickets and history, the
 * API key the seeded demo tenant holds, and Deskmate's automation rule calling the local Worker with the demo
 * webhook secret (so `npm run --silent dev:webhook-secret -- freshdesk` prints the header value it sends).
 */
export const startDemoFreshdesk = async (
  secrets: DevSecrets,
  workerUrl: string,
  port = 0,
): Promise<FreshdeskSimulator> =>
  startFreshdeskSimulator({
    port,
    account: secrets.freshdesk.account,
    apiKey: secrets.freshdesk.apiToken,
    webhook: { url: `${workerUrl}/v1/webhooks/freshdesk`, secret: secrets.freshdesk.webhookSecret },
    tickets: freshdeskDemoTickets(
      await loadTickets(join(REPO_ROOT, 'worker', 'demo', 'tickets.json')),
      new Date(),
    ),
  })

/** Turns on automatic replies for the demo Freshdesk tenant, as its admin would in Deskmate's settings. */
export const enableDemoFreshdeskReplies = async (workerUrl: string, secrets: DevSecrets): Promise<void> => {
  const token = await signDevAdminSession('freshdesk', secrets.freshdesk.account, secrets.encryptionKey)
  const res = await fetch(`${workerUrl}/v1/settings`, {
    method: 'PUT',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ mode: 'auto_reply' }),
  })
  if (!res.ok) throw new Error(`Setting the Freshdesk automation mode failed: HTTP ${res.status}`)
}
