import type { FreshdeskInstallation, InvokeOptions } from './build-template-request.ts'
import { invokeTemplate } from './invoke-template.ts'

/** The simulated Freshdesk account the ticket view shows. */
export type FreshdeskSimulatorLink = { url: string; account: string; apiKey: string }

type Answer = { status: number; body: unknown }

const ID_PATH = /^\/__workspace\/freshdesk\/tickets\/(\d+)(\/reply)?$/

const relay = async (res: Response, status = res.status): Promise<Answer> => ({
  status: res.ok ? status : res.status,
  body: res.ok ? ((await res.json()) as unknown) : { error: `Freshdesk answered ${res.status}` },
})

/**
 * The ticket view's Freshdesk routes: `GET /tickets[/:id]` read the simulator (conversations and requester
 * included), `POST /tickets` creates a ticket as its customer would (the automation rule fires its webhook),
 * `POST /tickets/:id/reply` replies as the agent through the REST API, and `POST /invoke` runs a request
 * template for the app with the installation's iparams.
 */
export const freshdeskRoute = async (
  simulator: FreshdeskSimulatorLink,
  installation: FreshdeskInstallation,
  method: string,
  pathname: string,
  body: unknown,
): Promise<Answer> => {
  const control = `${simulator.url}/__sim/${simulator.account}/tickets`
  const json = { 'content-type': 'application/json' }
  const [, id, reply] = ID_PATH.exec(pathname) ?? []
  if (method === 'POST' && pathname === '/__workspace/freshdesk/invoke') {
    const { name, options } = (body ?? {}) as { name?: unknown; options?: InvokeOptions }
    if (typeof name !== 'string') return { status: 400, body: { error: 'Expected {"name": ...}' } }
    return { status: 200, body: await invokeTemplate(installation, name, options ?? {}) }
  }
  if (method === 'GET' && pathname === '/__workspace/freshdesk/tickets') return relay(await fetch(control))
  if (method === 'POST' && pathname === '/__workspace/freshdesk/tickets')
    return relay(await fetch(control, { method: 'POST', headers: json, body: JSON.stringify(body ?? {}) }))
  if (method === 'GET' && id && !reply) return relay(await fetch(`${control}/${id}`))
  if (method === 'POST' && id && reply) {
    const auth = `Basic ${Buffer.from(`${simulator.apiKey}:X`).toString('base64')}`
    const api = `${simulator.url}/${simulator.account}/api/v2/tickets/${id}/reply`
    const sent = await fetch(api, {
      method: 'POST',
      headers: { ...json, authorization: auth },
      body: JSON.stringify({ body: (body as { body?: unknown } | undefined)?.body }),
    })
    if (!sent.ok) return relay(sent)
    return relay(await fetch(`${control}/${id}`), 201)
  }
  return { status: 404, body: { error: 'Not found' } }
}
