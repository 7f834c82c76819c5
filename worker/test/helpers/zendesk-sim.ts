import { SELF, env } from 'cloudflare:test'
import type { SettingsPatch } from '@deskmate/shared'
import { createSecretBox } from '../../src/crypto/secret-box.ts'
import { createTenantsRepo } from '../../src/db/tenants-repo.ts'
import { ticketCreatedJob } from './jobs.ts'
import { createInstallation, type SeededTenant } from './tenants.ts'
import type { TicketEventJob } from '../../src/queue/jobs.ts'

/** The simulator's root URL (ZENDESK_API_BASE without the account placeholder). */
export const simulatorUrl = (): string => env.ZENDESK_API_BASE.replace('/{account}', '')

/** A simulated ticket with its conversation (the simulator's control view). */
export type SimTicketView = {
  id: number
  status: string
  priority: string | null
  group_id: number | null
  tags: string[]
  comments: Array<{ body: string; html_body: string; public: boolean; author: { role: string } | null }>
}

/** A signed webhook the simulator prepared. */
export type SimDelivery = { url: string; headers: Record<string, string>; body: string }

/** A customer ticket to create in the simulator. */
export type SimNewTicket = {
  subject: string
  body: string
  channel?: string
  priority?: string
  tags?: string[]
  requester?: { name?: string; email?: string; tags?: string[]; organizationTags?: string[] }
  solved?: boolean
  customFields?: Array<{ id: number; value: string | null }>
}

const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
  const res = await fetch(`${simulatorUrl()}${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
  if (!res.ok) throw new Error(`simulator ${method} ${path}: ${res.status} ${await res.text()}`)
  return (res.status === 204 ? undefined : await res.json()) as T
}

/** Drives one simulated Zendesk account. */
export const simAccount = (account: string) => ({
  account,
  createTicket: async (ticket: SimNewTicket) =>
    (await call<{ ticket: SimTicketView }>('POST', `/__sim/${account}/tickets`, ticket)).ticket,
  /** Adds a comment as the requester (default) or an agent would, and runs the triggers it matches. */
  comment: async (id: number, comment: { body: string; public?: boolean; author?: 'requester' | 'agent' }) =>
    (await call<{ ticket: SimTicketView }>('POST', `/__sim/${account}/tickets/${id}/comments`, comment))
      .ticket,
  ticket: async (id: number) =>
    (await call<{ ticket: SimTicketView }>('GET', `/__sim/${account}/tickets/${id}`)).ticket,
  tickets: async () => (await call<{ tickets: SimTicketView[] }>('GET', `/__sim/${account}/tickets`)).tickets,
  deliveries: async () =>
    (await call<{ deliveries: SimDelivery[] }>('GET', `/__sim/${account}/deliveries`)).deliveries,
  fault: (fault: {
    method?: string
    path: string
    status?: number
    retryAfter?: number
    delayMs?: number
    hang?: boolean
    times?: number
  }) => call('POST', `/__sim/${account}/faults`, fault),
  putArticles: (
    articles: Array<{
      id?: number
      title: string
      body: string
      locale: string
      draft?: boolean
      updatedAt?: string
    }>,
  ) =>
    call<{ articles: Array<{ id: number; locale: string; html_url: string }> }>(
      'PUT',
      `/__sim/${account}/articles`,
      { articles },
    ),
  deleteArticle: (id: number) => call('DELETE', `/__sim/${account}/articles/${id}`),
  addUser: (user: { email: string; name: string; role: string; apiToken?: string }) =>
    call<{ user: { id: number } }>('POST', `/__sim/${account}/users`, user),
  /** The ZAF JWT Zendesk would POST to a signed location for a user of the account (default its admin). */
  appToken: async (
    request: {
      role?: 'admin' | 'agent'
      userId?: number
      installationId?: number
      audience?: string
      ageSec?: number
    } = {},
  ) => (await call<{ token: string }>('POST', `/__sim/${account}/app-token`, request)).token,
})
export type SimAccountHandle = ReturnType<typeof simAccount>

/** Credentials the simulator gave an account. */
export type SimCredentials = { apiUser: string; apiToken: string; installationId: number }

/** A tenant whose Zendesk is a fresh simulator account, with a webhook secret (deliveries recorded, not sent). */
export type ConnectedTenant = SeededTenant & {
  sim: SimAccountHandle
  credentials: SimCredentials
  webhookSecret: string
}

/**
 * Creates a simulator account and registers a new installation for it through the real registration route
 * (which creates the tenant, stores the credentials and installs Deskmate's trigger).
 */
export const connectTenant = async (
  account: string,
  settings: SettingsPatch = {},
): Promise<ConnectedTenant> => {
  const webhookSecret = `whsec-${crypto.randomUUID()}`
  const credentials = await call<SimCredentials>('POST', '/__sim/accounts', {
    account,
    webhook: { url: 'https://worker.test/v1/webhooks/zendesk', secret: webhookSecret, deliver: false },
  })
  // A new installation: registration creates the tenant, as on the admin's first load.
  const installation = createInstallation(account)
  const res = await SELF.fetch('https://worker.test/v1/tenants/register', {
    method: 'POST',
    headers: await installation.registrationHeaders(credentials.apiToken),
    body: JSON.stringify({ apiUser: credentials.apiUser, installationId: credentials.installationId }),
  })
  if (res.status !== 200) throw new Error(`registration failed: ${res.status} ${await res.text()}`)
  const repo = createTenantsRepo(env.DB, createSecretBox(env.ENCRYPTION_KEY))
  const registered = await repo.findById(`zendesk:${account}`)
  if (!registered) throw new Error(`registration stored no tenant for ${account}`)
  const seeded: SeededTenant = { ...installation, tenant: registered }
  // Registration queues a Help Center sync; waiting for it keeps later syncs in a test deterministic.
  await waitFor(async () => {
    const state = await SELF.fetch('https://worker.test/v1/kb/sync', { headers: await seeded.adminAuth() })
    return (await state.json<{ syncedAt: string | null }>()).syncedAt
  })
  if (Object.keys(settings).length > 0) await putSettings(seeded, settings)
  const tenant = await repo.findById(seeded.tenant.id)
  return { ...seeded, tenant: tenant ?? seeded.tenant, sim: simAccount(account), credentials, webhookSecret }
}

/** Changes a tenant's settings through the API (as its admin). */
export const putSettings = async (who: SeededTenant, patch: SettingsPatch): Promise<void> => {
  const res = await SELF.fetch('https://worker.test/v1/settings', {
    method: 'PUT',
    headers: await who.adminAuth(),
    body: JSON.stringify(patch),
  })
  if (res.status !== 200) throw new Error(`settings failed: ${res.status} ${await res.text()}`)
}

/** Sends a prepared delivery to the Worker, as Zendesk would. */
export const deliver = (delivery: SimDelivery): Promise<Response> =>
  SELF.fetch('https://worker.test/v1/webhooks/zendesk', {
    method: 'POST',
    headers: delivery.headers,
    body: delivery.body,
  })

/** Polls until `check` returns a value (the queue consumer runs asynchronously). */
export const waitFor = async <T>(
  check: () => Promise<T | null | undefined | false>,
  timeoutMs = 20_000,
): Promise<T> => {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await check()
    if (value) return value
    if (Date.now() > deadline) throw new Error('condition not met in time')
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/** Deskmate's comments on a simulated ticket (everything after the customer's first message). */
export const deskmateComments = (ticket: SimTicketView) =>
  ticket.comments.filter((c) => c.author?.role !== 'end-user')

/** The queue job the webhook intake would send for a new ticket of this tenant. */
export const jobFor = (who: ConnectedTenant, ticketId: number): TicketEventJob =>
  ticketCreatedJob(who.tenant.id, ticketId)
