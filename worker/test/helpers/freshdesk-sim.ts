import { SELF, env } from 'cloudflare:test'
import type { SettingsPatch } from '@deskmate/shared'
import { createSecretBox } from '../../src/crypto/secret-box.ts'
import { createTenantsRepo } from '../../src/db/tenants-repo.ts'
import { createInstallation, type SeededTenant } from './tenants.ts'
import { putSettings, waitFor } from './zendesk-sim.ts'

/** The Freshdesk simulator's root URL (FRESHDESK_API_BASE without the account placeholder). */
export const freshdeskSimulatorUrl = (): string => env.FRESHDESK_API_BASE.replace('/{account}', '')

/** A simulated ticket with its conversation (the simulator's control view). */
export type FdTicketView = {
  id: number
  status: number
  priority: number
  group_id: number | null
  tags: string[]
  conversations: Array<{ body: string; body_text: string; incoming: boolean; private: boolean }>
}

/** A webhook the simulator's automation rule prepared. */
export type FdDelivery = { url: string; headers: Record<string, string>; body: string }

const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
  const res = await fetch(`${freshdeskSimulatorUrl()}${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
  if (!res.ok) throw new Error(`simulator ${method} ${path}: ${res.status} ${await res.text()}`)
  return (res.status === 204 ? undefined : await res.json()) as T
}

/** Drives one simulated Freshdesk account. */
export const fdAccount = (account: string) => ({
  account,
  createTicket: async (ticket: {
    subject: string
    body: string
    priority?: string
    requester?: { name?: string; email?: string; tags?: string[] }
    /** History: resolved already (no rule runs), with custom field values and the agent's public reply. */
    solved?: boolean
    customFields?: Record<string, string>
    agentReply?: string
    tags?: string[]
  }) => (await call<{ ticket: FdTicketView }>('POST', `/__sim/${account}/tickets`, ticket)).ticket,
  ticket: async (id: number) =>
    (await call<{ ticket: FdTicketView }>('GET', `/__sim/${account}/tickets/${id}`)).ticket,
  deliveries: async () =>
    (await call<{ deliveries: FdDelivery[] }>('GET', `/__sim/${account}/deliveries`)).deliveries,
  fault: (fault: {
    method?: string
    path: string
    status?: number
    retryAfter?: number
    afterApply?: boolean
    times?: number
  }) => call('POST', `/__sim/${account}/faults`, fault),
  putArticles: (
    articles: Array<{
      id?: number
      title: string
      body: string
      language?: string
      draft?: boolean
      updatedAt?: string
      folder?: string
    }>,
  ) =>
    call<{ articles: Array<{ id: number; language: string }> }>('PUT', `/__sim/${account}/articles`, {
      articles,
    }),
  deleteArticle: (id: number) => call('DELETE', `/__sim/${account}/articles/${id}`),
})
export type FdAccountHandle = ReturnType<typeof fdAccount>

/** Calls the simulated account's REST API with its API key, as an agent's other integration would. */
export const fdRest = async <T>(
  account: string,
  apiKey: string,
  method: string,
  path: string,
  body?: unknown,
) => {
  const res = await fetch(`${freshdeskSimulatorUrl()}/${account}${path}`, {
    method,
    headers: { authorization: `Basic ${btoa(`${apiKey}:X`)}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
  if (!res.ok) throw new Error(`Freshdesk ${method} ${path}: ${res.status}`)
  return (await res.json()) as T
}

/** A Freshdesk tenant registered through the real route, with its simulator account and webhook secret. */
export type FdTenant = SeededTenant & { sim: FdAccountHandle; webhookSecret: string; apiKey: string }

/**
 * Creates a simulator account with Deskmate's automation rule (deliveries recorded, not sent) and any `tickets`
 * in place (no rule runs for them), registers it through `POST /v1/tenants/register` and waits for the first
 * Solutions sync.
 */
export const connectFreshdeskTenant = async (
  account: string,
  settings: SettingsPatch = {},
  articles: Array<{ title: string; body: string; language?: string }> = [],
  tickets: unknown[] = [],
): Promise<FdTenant> => {
  const webhookSecret = `fdsec-${crypto.randomUUID()}`
  const { apiKey } = await call<{ apiKey: string }>('POST', '/__sim/accounts', {
    account,
    webhook: { url: 'https://worker.test/v1/webhooks/freshdesk', secret: webhookSecret, deliver: false },
    articles,
    tickets,
    languages: ['en', 'de'],
  })
  const installation = createInstallation(account, 'freshdesk')
  const res = await SELF.fetch('https://worker.test/v1/tenants/register', {
    method: 'POST',
    headers: await installation.registrationHeaders(apiKey),
    body: JSON.stringify({ credentials: { helpdesk: 'freshdesk' }, installationId: '1' }),
  })
  if (res.status !== 200) throw new Error(`registration failed: ${res.status} ${await res.text()}`)
  const tenant = await createTenantsRepo(env.DB, createSecretBox(env.ENCRYPTION_KEY)).findById(
    `freshdesk:${account}`,
  )
  if (!tenant) throw new Error(`registration stored no tenant for ${account}`)
  const seeded: SeededTenant = { ...installation, tenant }
  await waitFor(async () => {
    const state = await SELF.fetch('https://worker.test/v1/kb/sync', { headers: await seeded.adminAuth() })
    return (await state.json<{ syncedAt: string | null }>()).syncedAt
  })
  if (Object.keys(settings).length > 0) await putSettings(seeded, settings)
  return { ...seeded, sim: fdAccount(account), webhookSecret, apiKey }
}

/** Sends a prepared delivery to the Worker, as Freshdesk would. */
export const deliverFreshdesk = (delivery: Pick<FdDelivery, 'headers' | 'body'>): Promise<Response> =>
  SELF.fetch('https://worker.test/v1/webhooks/freshdesk', {
    method: 'POST',
    headers: delivery.headers,
    body: delivery.body,
  })
