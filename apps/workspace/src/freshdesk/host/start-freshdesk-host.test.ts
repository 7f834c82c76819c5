import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startWorkspace, type Workspace } from '../../server/index.ts'
import { startFreshdeskSimulator, type FreshdeskSimulator } from '../simulator/index.ts'

const SECRET = 'freshdesk-secret-never-in-the-page-0123'

describe('the workspace’s Freshdesk installation', () => {
  let worker: Server
  let simulator: FreshdeskSimulator
  let workspace: Workspace
  const received: { path: string; headers: IncomingHttpHeaders; body: string }[] = []

  beforeAll(async () => {
    // A stand-in Worker recording what the templates send.
    worker = createServer((req, res) => {
      let body = ''
      req.on('data', (chunk: Buffer) => (body += chunk.toString()))
      req.on('end', () => {
        received.push({ path: req.url ?? '', headers: req.headers, body })
        const status =
          req.url?.startsWith('/v1/settings') && !req.headers['x-deskmate-install-secret'] ? 401 : 200
        res.writeHead(status, { 'content-type': 'application/json' }).end('{"ok":true}')
      })
    })
    await new Promise<void>((resolve) => worker.listen(0, '127.0.0.1', resolve))
    const workerUrl = `http://127.0.0.1:${(worker.address() as AddressInfo).port}`
    simulator = await startFreshdeskSimulator({
      account: 'demo',
      tickets: [{ id: 7, subject: 'Forgot my password', body: 'I cannot log in' }],
    })
    workspace = await startWorkspace({
      workerUrl,
      zendesk: { account: 'demo', sharedSecret: 'z'.repeat(32) },
      tickets: [],
      appDir: '/nonexistent',
      freshdesk: {
        simulator: { url: simulator.url, account: 'demo', apiKey: simulator.apiKey },
        sharedSecret: SECRET,
      },
    })
  })
  afterAll(async () => {
    await workspace.close()
    await simulator.close()
    await new Promise((resolve) => worker.close(resolve))
  })

  it('registers with the Worker at start through the registerInstallation template', () => {
    const registration = received.find((request) => request.path === '/v1/tenants/register')
    expect(registration?.headers).toMatchObject({
      'x-deskmate-account': 'demo.freshdesk.com',
      'x-deskmate-install-secret': SECRET,
      'x-deskmate-api-token': simulator.apiKey,
    })
    expect(JSON.parse(registration?.body ?? '{}')).toMatchObject({ credentials: { helpdesk: 'freshdesk' } })
  })

  it('gives the page the public iparams only', async () => {
    const text = await (await fetch(`${workspace.url}/__workspace/freshdesk/state`)).text()
    expect(text).not.toContain(SECRET)
    expect(text).not.toContain(simulator.apiKey)
    expect(JSON.parse(text)).toMatchObject({
      domain: 'demo.freshdesk.com',
      iparams: { freshdesk_domain: 'demo.freshdesk.com' },
    })
  })

  it('serves the app with the client stand-in in place of {{{appclient}}}', async () => {
    const html = await (await fetch(`${workspace.appUrl}/freshdesk/index.html`)).text()
    expect(html).toContain('<script src="/__freshdesk/appclient.js"></script>')
    expect(html).not.toContain('{{{appclient}}}')
    const client = await (await fetch(`${workspace.appUrl}/__freshdesk/appclient.js`)).text()
    expect(client).toContain('initialized')
  })

  it('runs a template for the ticket view only, with the secret added server-side', async () => {
    const invoke = (origin: string) =>
      fetch(`${workspace.url}/__workspace/freshdesk/invoke`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin },
        body: JSON.stringify({ name: 'getSettings', options: {} }),
      })
    expect((await invoke(workspace.appUrl)).status).toBe(403)
    const answer = await (await invoke(workspace.url)).json()
    expect(answer).toMatchObject({ ok: true, result: { status: 200, response: '{"ok":true}' } })
    expect(received.at(-1)?.headers['x-deskmate-install-secret']).toBe(SECRET)
  })

  it('lists the simulator’s tickets with their SLA fields and creates one that runs the rules', async () => {
    const { tickets } = await (await fetch(`${workspace.url}/__workspace/freshdesk/tickets`)).json()
    expect(tickets[0]).toMatchObject({ id: 7, fr_due_by: expect.any(String), requester: expect.any(Object) })
    const created = await fetch(`${workspace.url}/__workspace/freshdesk/tickets`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: workspace.url },
      body: JSON.stringify({
        subject: 'Refund',
        body: 'Charged twice',
        requester: { email: 'a@example.com' },
      }),
    })
    expect(created.status).toBe(201)
    const { ticket } = await created.json()
    expect(ticket).toMatchObject({ subject: 'Refund', status: 2 })
  })
})
