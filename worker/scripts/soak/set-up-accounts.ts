import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { API_TOKEN_HEADER, INSTALL_SECRET_HEADER, type AdminSession } from '@deskmate/shared'
import type { ZendeskSimulator } from '../../../apps/workspace/src/zendesk/simulator/index.ts'
import type { SoakAccount } from '../../test/soak/run-deliveries.ts'
import { REPO_ROOT } from '../../../scripts/dev/dev-secrets.ts'
import { signDevToken } from '../../../scripts/dev/sign-dev-token.ts'

type DemoArticle = { title: string; body: string; locale: string }

const demoArticles = (): DemoArticle[] =>
  (
    JSON.parse(readFileSync(join(REPO_ROOT, 'worker', 'demo', 'kb-articles.json'), 'utf8')) as {
      articles: DemoArticle[]
    }
  ).articles

const call = async (url: string, init: RequestInit): Promise<Response> => {
  const res = await fetch(url, init)
  if (!res.ok) throw new Error(`${init.method ?? 'GET'} ${url}: HTTP ${res.status} ${await res.text()}`)
  return res
}

/**
 * Creates `count` simulated Zendesk accounts (the demo Help Center, a webhook whose deliveries the soak sends
 * itself) and installs Deskmate in each through the Worker's registration route, as an admin's first load
 * does; every fourth account drafts internal notes, the others reply. Resolves once each account's first
 * Help Center sync is done.
 */
export const setUpAccounts = async (
  simulator: ZendeskSimulator,
  workerUrl: string,
  count: number,
): Promise<SoakAccount[]> => {
  const articles = demoArticles()
  const accounts: SoakAccount[] = []
  for (let i = 0; i < count; i++) {
    const account = `soak-${i}`
    const webhookSecret = randomBytes(24).toString('base64url')
    const sharedSecret = randomBytes(32).toString('base64url')
    const credentials = (await (
      await call(`${simulator.url}/__sim/accounts`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          account,
          webhook: { url: `${workerUrl}/v1/webhooks/zendesk`, secret: webhookSecret, deliver: false },
          articles: articles.map(({ title, body, locale }) => ({ title, body, locale })),
        }),
      })
    ).json()) as { apiUser: string; apiToken: string; installationId: number }
    const token = await signDevToken('zendesk', account, sharedSecret)
    const auth = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }
    await call(`${workerUrl}/v1/tenants/register`, {
      method: 'POST',
      headers: { ...auth, [INSTALL_SECRET_HEADER]: sharedSecret, [API_TOKEN_HEADER]: credentials.apiToken },
      body: JSON.stringify({
        credentials: { helpdesk: 'zendesk', apiUser: credentials.apiUser },
        installationId: credentials.installationId,
      }),
    })
    // Settings are an admin's: signed in as in Zendesk, with the admin page's token exchanged for a session.
    const session = (await (
      await call(`${workerUrl}/v1/admin/session`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ token: await simulator.appToken({ role: 'admin' }, account) }),
      })
    ).json()) as AdminSession
    const admin = { Authorization: `Bearer ${session.token}`, 'Content-Type': 'application/json' }
    await call(`${workerUrl}/v1/settings`, {
      method: 'PUT',
      headers: admin,
      body: JSON.stringify({ mode: i % 4 === 3 ? 'draft_note' : 'auto_reply' }),
    })
    const state = simulator.state.accounts.get(account)
    if (!state) throw new Error(`The simulator has no account ${account}`)
    accounts.push({
      account,
      webhookSecret,
      createTicket: (input) => simulator.createTicket(input, account),
      fault: async (fault) => void state.faults.push({ ...fault }),
    })
    await waitForSync(workerUrl, admin)
  }
  return accounts
}

const waitForSync = async (workerUrl: string, auth: Record<string, string>): Promise<void> => {
  const deadline = Date.now() + 120_000
  for (;;) {
    const res = await call(`${workerUrl}/v1/kb/sync`, { headers: auth })
    const state = (await res.json()) as { syncedAt: string | null; articles: number }
    if (state.syncedAt && state.articles > 0) return
    if (Date.now() > deadline) throw new Error('The first Help Center sync did not finish in 2 minutes')
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}
