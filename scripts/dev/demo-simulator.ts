import { join } from 'node:path'
import { API_TOKEN_HEADER, INSTALL_SECRET_HEADER, type AdminSession } from '@deskmate/shared'
import { loadTickets } from '../../apps/workspace/src/server/load-tickets.ts'
import {
  startZendeskSimulator,
  type ZendeskSimulator,
} from '../../apps/workspace/src/simulators/zendesk/index.ts'
import { REPO_ROOT, type DevSecrets } from './dev-secrets.ts'
import { signDevToken } from './sign-dev-token.ts'

/** The demo API user (an admin in the simulated account; seed-demo stores the same user). */
const DEMO_API_USER = 'agent@demo.example'

/**
 * Starts the simulated Zendesk for the demo account: the demo tickets, the install's webhook pointing at the
 * local Worker and signed with the demo webhook secret (so `npm run dev:webhook-secret` stays right).
 */
export const startDemoSimulator = async (
  secrets: DevSecrets,
  workerUrl: string,
  port = 0,
): Promise<ZendeskSimulator> => {
  const demo = await loadTickets(join(REPO_ROOT, 'worker', 'demo', 'tickets.json'))
  return startZendeskSimulator({
    port,
    account: secrets.zendesk.account,
    apiUser: DEMO_API_USER,
    apiToken: secrets.zendesk.apiToken,
    webhook: { url: `${workerUrl}/v1/webhooks/zendesk`, secret: secrets.zendesk.webhookSecret },
    tickets: demo.map((ticket) => ({ ...ticket, id: Number(ticket.id) || undefined })),
  })
}

/**
 * Registers the demo installation with the Worker exactly as the app does on an admin's first load (the
 * headers the request proxy fills from secure settings; this creates Deskmate's trigger in the simulator), then
 * signs the admin in through the simulator's signed-location token and turns on automatic replies.
 */
export const registerDemoInstallation = async (
  workerUrl: string,
  secrets: DevSecrets,
  simulator: ZendeskSimulator,
): Promise<void> => {
  const token = await signDevToken('zendesk', secrets.zendesk.account, secrets.zendesk.sharedSecret)
  const headers = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }
  const registered = await fetch(`${workerUrl}/v1/tenants/register`, {
    method: 'POST',
    headers: {
      ...headers,
      [INSTALL_SECRET_HEADER]: secrets.zendesk.sharedSecret,
      [API_TOKEN_HEADER]: simulator.credentials.apiToken,
    },
    body: JSON.stringify({
      apiUser: simulator.credentials.apiUser,
      installationId: simulator.credentials.installationId,
    }),
  })
  if (!registered.ok)
    throw new Error(
      `Registering the demo installation failed: HTTP ${registered.status} ${await registered.text()}`,
    )
  // The admin signs in as in Zendesk: the signed admin location's token, exchanged for an admin session.
  const exchanged = await fetch(`${workerUrl}/v1/admin/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ token: await simulator.appToken({ role: 'admin' }) }),
  })
  if (!exchanged.ok)
    throw new Error(`Signing in the demo admin failed: HTTP ${exchanged.status} ${await exchanged.text()}`)
  const session = (await exchanged.json()) as AdminSession
  const settings = await fetch(`${workerUrl}/v1/settings`, {
    method: 'PUT',
    headers: { Authorization: `Bearer ${session.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ mode: 'auto_reply' }),
  })
  if (!settings.ok) throw new Error(`Setting the demo automation mode failed: HTTP ${settings.status}`)
}
