import { afterEach, describe, expect, it, vi } from 'vitest'
import { WorkerResponseError } from '@deskmate/app-core'
import { createFakeZafParent, type ZafMessage } from '../testing/fake-zaf-parent.ts'
import { createZendeskHost } from './zendesk-host.ts'

const BACKEND = 'https://api.deskmate.test'
const registration = {
  metadata: { appId: 1, installationId: 77, settings: { backend_url: `${BACKEND}/` } },
  context: { product: 'support', location: 'ticket_sidebar' },
}
const admin = { id: 5, locale: 'en-US', role: 'admin', email: 'admin@demo.example' }

type Answer = { status: number; body: unknown }

const load = async (currentUser: object, answers: Record<string, Answer[]>) => {
  const respond = (message: ZafMessage): unknown => {
    if (message.key === 'iframe.handshake') return { key: 'zaf.app.registered', message: registration }
    if (message.request === 'get') {
      const data: Record<string, unknown> = { currentUser, currentAccount: { subdomain: 'demo' } }
      return {
        id: message.id,
        result: Object.fromEntries((message.params as string[]).map((p) => [p, data[p]])),
      }
    }
    if (!/^request:\d+$/.test(message.key ?? '')) return undefined
    const path = String(message.message?.url).replace(BACKEND, '')
    const answer = answers[path]?.shift() ?? { status: 404, body: {} }
    return answer.status < 400
      ? { key: `zaf.${message.key}.done`, message: { responseArgs: [answer.body, 'success'] } }
      : {
          key: `zaf.${message.key}.fail`,
          message: {
            responseArgs: [{ status: answer.status, responseText: JSON.stringify(answer.body) }, 'error'],
          },
        }
  }
  const parent = createFakeZafParent(respond)
  removers.push(parent.remove)
  await vi.waitFor(() => expect(parent.client).toHaveProperty('ready', true), { timeout: 5_000 })
  const requests = () =>
    parent.sent
      .filter((m) => /^request:\d+$/.test(m.key ?? ''))
      .map((m) => m.message as Record<string, unknown>)
  const registrations = () => requests().filter((r) => r.url === `${BACKEND}/v1/tenants/register`)
  return { host: createZendeskHost(parent.client, registration), requests, registrations }
}

const registered = { status: 200, body: { tenantId: 'zendesk:demo' } }
const unauthorized = { status: 401, body: { status: 401, code: 'unauthorized', title: 'Unauthorized' } }

const removers: Array<() => void> = []
afterEach(() => {
  removers.splice(0).forEach((remove) => remove())
  window.localStorage.clear()
})

describe('createZendeskHost registration', () => {
  it('registers once on an admin load, with the secure settings in proxy-filled headers', async () => {
    const app = await load(admin, { '/v1/tenants/register': [registered] })
    const outcomes = await Promise.all([app.host.registerInstallation!(), app.host.registerInstallation!()])
    expect(outcomes).toEqual(['registered', 'registered'])
    expect(app.registrations()).toHaveLength(1)
    expect(app.registrations()[0]).toMatchObject({
      type: 'POST',
      secure: true,
      cors: false,
      data: JSON.stringify({
        credentials: { helpdesk: 'zendesk', apiUser: 'admin@demo.example' },
        installationId: 77,
      }),
      headers: {
        Authorization: 'Bearer {{jwt.token}}',
        'X-Deskmate-Install-Secret': '{{setting.shared_secret}}',
        'X-Deskmate-Api-Token': '{{setting.api_token}}',
      },
      jwt: {
        secret_key: '{{setting.shared_secret}}',
        claims: { iss: 'https://demo.zendesk.com', aud: 'deskmate' },
      },
    })
  })

  it('does not register on an agent’s load', async () => {
    const app = await load({ ...admin, role: 'agent' }, { '/v1/tenants/register': [registered] })
    expect(await app.host.registerInstallation!()).toBe('skipped')
    expect(app.requests()).toHaveLength(0)
  })

  it('remembers a successful registration for the installation on later loads', async () => {
    const first = await load(admin, { '/v1/tenants/register': [registered] })
    await first.host.registerInstallation!()
    const second = await load(admin, { '/v1/tenants/register': [registered] })
    expect(await second.host.registerInstallation!()).toBe('skipped')
    expect(second.registrations()).toHaveLength(0)
  })

  it('rejects with the Worker’s problem and remembers nothing when registration fails', async () => {
    const forbidden = { status: 403, body: { status: 403, code: 'forbidden', title: 'Forbidden' } }
    const app = await load(admin, { '/v1/tenants/register': [forbidden] })
    const error = await app.host.registerInstallation!().catch((e: unknown) => e)
    expect(error).toBeInstanceOf(WorkerResponseError)
    expect(error).toMatchObject({ status: 403 })
    const next = await load(admin, { '/v1/tenants/register': [registered] })
    expect(await next.host.registerInstallation!()).toBe('registered')
  })

  it('registers again when the Worker refuses the token of a remembered installation', async () => {
    await (
      await load(admin, { '/v1/tenants/register': [registered] })
    ).host.registerInstallation!()
    const app = await load(admin, { '/v1/settings': [unauthorized], '/v1/tenants/register': [registered] })
    expect(await app.host.registerInstallation!()).toBe('skipped')
    await expect(app.host.callWorker('GET', '/v1/settings')).rejects.toMatchObject({ status: 401 })
    expect(await app.host.registerInstallation!()).toBe('registered')
    expect(app.registrations()).toHaveLength(1)
  })
})
