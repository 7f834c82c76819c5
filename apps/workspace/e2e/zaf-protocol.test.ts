import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { rm } from 'node:fs/promises'
import { jwtVerify } from 'jose'
import type { Browser, Frame, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startWorkspace, type Workspace } from '../src/server/index.ts'
import { launchChromium, waitForAppFrame } from './browser.ts'
import { buildProbeApp } from './probe-app/build-probe.ts'

// The probe app runs the real ZAF SDK in a cross-origin frame; these tests check the workspace answers it
// exactly as Zendesk's ticket sidebar does.
const SECRET = 'probe-shared-secret-0123456789abcdef'

type Recorded = { method: string; url: string; headers: IncomingMessage['headers']; body: string }

const startEchoWorker = async (recorded: Recorded[]): Promise<{ server: Server; url: string }> => {
  const server = createServer(async (req, res) => {
    let body = ''
    for await (const chunk of req) body += String(chunk)
    recorded.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body })
    const status = req.url?.includes('fail') ? 500 : 200
    res.writeHead(status, { 'content-type': 'application/json' })
    res.end(JSON.stringify(status === 200 ? { echoed: true } : { code: 'internal', title: 'boom' }))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }
}

describe('workspace ZAF host with the real SDK', () => {
  const recorded: Recorded[] = []
  let browser: Browser
  let workspace: Workspace
  let worker: { server: Server; url: string }
  let probeDir: string
  let page: Page
  let app: Frame

  const inApp = <T>(script: string): Promise<T> => app.evaluate(script) as Promise<T>

  beforeAll(async () => {
    probeDir = await buildProbeApp()
    worker = await startEchoWorker(recorded)
    workspace = await startWorkspace({
      workerUrl: worker.url,
      zendesk: { account: 'demo', sharedSecret: SECRET, apiToken: 'api-token-value' },
      appDir: probeDir,
    })
    browser = await launchChromium()
    page = await browser.newPage()
    await page.goto(`${workspace.url}/?ticket=101`)
    app = await waitForAppFrame(page, workspace.appUrl)
    await app.waitForFunction(() => 'probe' in window)
  })

  afterAll(async () => {
    await browser?.close()
    await workspace?.close()
    worker?.server.close()
    if (probeDir) await rm(probeDir, { recursive: true, force: true })
  })

  it('registers the app with non-secure settings and the ticket sidebar context', async () => {
    const registration = await inApp<{ metadata: Record<string, unknown>; context: Record<string, unknown> }>(
      'window.probe.registered',
    )
    expect(registration.metadata.settings).toEqual({ backend_url: worker.url })
    expect(JSON.stringify(registration)).not.toContain(SECRET)
    expect(registration.context).toMatchObject({
      product: 'support',
      location: 'ticket_sidebar',
      account: { subdomain: 'demo' },
      ticketId: 101,
    })
  })

  it('answers gets, including bulk gets with an errors map and single gets that reject', async () => {
    const bulk = await inApp<Record<string, unknown>>(
      "window.probe.client.get(['ticket.id', 'ticket.subject', 'currentUser.locale', 'ticket.nope'])",
    )
    expect(bulk).toMatchObject({ 'ticket.id': 101, 'currentUser.locale': 'en-US' })
    expect(bulk.errors).toMatchObject({ 'ticket.nope': { name: 'APIUnavailable' } })
    const error = await inApp<string>(
      "window.probe.client.get('ticket.nope').then(() => 'resolved', (e) => e.name + ': ' + e.message)",
    )
    expect(error).toBe('APIUnavailable: "ticket.nope" No such API')
  })

  it('applies set and invoke to the ticket view the agent sees', async () => {
    await inApp("window.probe.client.set('ticket.priority', 'urgent')")
    await inApp("window.probe.client.invoke('ticket.comment.appendText', 'Hello from the app')")
    await expect.poll(() => page.locator('#field-priority').inputValue()).toBe('urgent')
    await expect.poll(() => page.locator('#composer').inputValue()).toContain('Hello from the app')
  })

  it('tells the app when the agent edits the ticket', async () => {
    await page.locator('#field-priority').selectOption('low')
    await expect
      .poll(() => inApp<{ name: string; data: unknown }[]>('window.probe.events'))
      .toContainEqual({ name: 'ticket.priority.changed', data: 'low' })
  })

  it('proxies requests with settings substituted and a JWT signed by the shared secret', async () => {
    const body = await inApp<unknown>(`window.probe.client.request({
      url: '{{setting.backend_url}}/v1/echo', type: 'POST', contentType: 'application/json',
      data: JSON.stringify({ hello: 'worker' }), secure: true, cors: false, dataType: 'json',
      headers: { Authorization: 'Bearer {{jwt.token}}' },
      jwt: { algorithm: 'HS256', secret_key: '{{setting.shared_secret}}', expiry: 300,
             claims: { iss: 'https://demo.zendesk.com', aud: 'deskmate' } } })`)
    expect(body).toEqual({ echoed: true })
    const request = recorded.find((entry) => entry.url === '/v1/echo')
    expect(request).toMatchObject({ method: 'POST', body: '{"hello":"worker"}' })
    const token = String(request?.headers.authorization).replace('Bearer ', '')
    const { payload } = await jwtVerify(token, new TextEncoder().encode(SECRET), { audience: 'deskmate' })
    expect(payload.iss).toBe('https://demo.zendesk.com')
  })

  it('rejects a failed request with the status and response text', async () => {
    const failure = await inApp<{ status: number; responseText: string }>(
      "window.probe.client.request({ url: '{{setting.backend_url}}/v1/fail', secure: true }).then(() => null, (xhr) => xhr)",
    )
    expect(failure.status).toBe(500)
    expect(JSON.parse(failure.responseText)).toEqual({ code: 'internal', title: 'boom' })
  })

  it('reloads the app with the new locale when the agent switches language', async () => {
    await page.locator('#agent-locale').selectOption('de')
    app = await waitForAppFrame(page, workspace.appUrl, app)
    await app.waitForFunction(() => 'probe' in window)
    expect(
      await inApp<string>(
        "window.probe.client.get('currentUser.locale').then((r) => r['currentUser.locale'])",
      ),
    ).toBe('de')
  })
})
