import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { fileURLToPath } from 'node:url'
import type { Browser, Frame, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startFreshdeskSimulator, type FreshdeskSimulator } from '../src/freshdesk/simulator/index.ts'
import { startWorkspace, type Workspace } from '../src/server/index.ts'
import { launchChromium, waitForAppFrame } from './browser.ts'

// The probe app loads the Freshworks client the way a Freshdesk app does (`{{{appclient}}}`); these tests check
// the workspace's stand-in answers the documented client API as Freshdesk's ticket sidebar does.
const SECRET = 'freshdesk-probe-secret-0123456789abcdef'
const PROBE_DIR = fileURLToPath(new URL('./freshdesk-probe', import.meta.url))

type Recorded = { url: string; headers: IncomingMessage['headers']; body: string }

describe('workspace Freshdesk host with a client probe app', () => {
  const recorded: Recorded[] = []
  let worker: Server
  let simulator: FreshdeskSimulator
  let workspace: Workspace
  let browser: Browser
  let page: Page
  let app: Frame

  const inApp = <T>(script: string): Promise<T> => app.evaluate(script) as Promise<T>
  const settle = (script: string) =>
    inApp<{ ok: boolean; value: unknown }>(
      `${script}.then((value) => ({ ok: true, value }), (value) => ({ ok: false, value }))`,
    )

  beforeAll(async () => {
    worker = createServer((req, res) => {
      let body = ''
      req.on('data', (chunk: Buffer) => (body += chunk.toString()))
      req.on('end', () => {
        recorded.push({ url: req.url ?? '', headers: req.headers, body })
        const status = req.url?.includes('fail') ? 500 : 200
        res.writeHead(status, { 'content-type': 'application/json' })
        res.end(JSON.stringify(status === 200 ? { echoed: true } : { title: 'boom' }))
      })
    })
    await new Promise<void>((resolve) => worker.listen(0, '127.0.0.1', resolve))
    simulator = await startFreshdeskSimulator({
      account: 'demo',
      tickets: [{ id: 7, subject: 'Forgot my password', body: 'I cannot log in', priority: 'high' }],
    })
    workspace = await startWorkspace({
      workerUrl: `http://127.0.0.1:${(worker.address() as AddressInfo).port}`,
      zendesk: { account: 'demo', sharedSecret: 'z'.repeat(32) },
      tickets: [],
      appDir: '/nonexistent',
      freshdesk: {
        simulator: { url: simulator.url, account: 'demo', apiKey: simulator.apiKey },
        sharedSecret: SECRET,
        appDir: PROBE_DIR,
      },
    })
    browser = await launchChromium()
    page = await browser.newPage()
    await page.goto(`${workspace.url}/?helpdesk=freshdesk&ticket=7`)
    app = await waitForAppFrame(page, workspace.appUrl)
    await app.waitForFunction(() => 'probe' in window)
  })

  afterAll(async () => {
    await browser?.close()
    await workspace?.close()
    await simulator?.close()
    worker?.close()
  })

  it('initialises the client and fires app.activated once', async () => {
    await expect.poll(() => inApp<number>('window.probe.activated')).toBe(1)
  })

  it('answers data.get with the ticket (SLA fields included), the agent and the domain', async () => {
    const { ticket } = await inApp<{ ticket: Record<string, unknown> }>(
      "window.probe.client.data.get('ticket')",
    )
    expect(ticket).toMatchObject({ id: 7, subject: 'Forgot my password', priority: 3, status: 2 })
    expect(Date.parse(String(ticket.fr_due_by))).toBeGreaterThan(0)
    expect(Date.parse(String(ticket.due_by))).toBeGreaterThan(Date.parse(String(ticket.fr_due_by)))
    expect(ticket).toHaveProperty('nr_due_by')
    expect(await inApp("window.probe.client.data.get('loggedInUser')")).toMatchObject({
      loggedInUser: { id: 900 },
    })
    expect(await inApp("window.probe.client.data.get('domainName')")).toEqual({
      domainName: 'demo.freshdesk.com',
    })
    expect(await settle("window.probe.client.data.get('nothing')")).toMatchObject({ ok: false })
  })

  it('gives the app its non-secure iparams and never a secure one', async () => {
    const iparams = await inApp<Record<string, string>>('window.probe.client.iparams.get()')
    expect(Object.keys(iparams).sort()).toEqual(['backend_host', 'freshdesk_domain'])
    expect(await settle("window.probe.client.iparams.get('shared_secret')")).toMatchObject({ ok: false })
    const everything = [JSON.stringify(iparams), await app.content(), await page.content()].join('\n')
    expect(everything).not.toContain(SECRET)
    expect(everything).not.toContain(simulator.apiKey)
  })

  it('runs request templates server-side: secret in headers, string response, platform-shaped rejection', async () => {
    const ok = await settle("window.probe.client.request.invokeTemplate('getSettings', {})")
    expect(ok).toEqual({
      ok: true,
      value: expect.objectContaining({ status: 200, response: '{"echoed":true}' }),
    })
    const sent = recorded.find((request) => request.url === '/v1/settings')
    expect(sent?.headers).toMatchObject({
      'x-deskmate-account': 'demo.freshdesk.com',
      'x-deskmate-install-secret': SECRET,
    })
    const failed = await settle(
      "window.probe.client.request.invokeTemplate('listActivity', { context: { ticket_id: 'fail' } })",
    )
    expect(failed).toEqual({
      ok: false,
      value: expect.objectContaining({ status: 500, response: '{"title":"boom"}', errorSource: 'APP' }),
    })
    expect(recorded.filter((request) => request.url.includes('fail'))).toHaveLength(2)
  })

  it('writes into the reply editor, shows notifications and resizes the frame', async () => {
    await inApp(
      `window.probe.client.interface.trigger('setValue', { id: 'editor', text: '<p>Hi Ann,</p><p>Use <a href="https://help.example/reset">Reset your password</a>.</p>', replace: true })`,
    )
    await expect
      .poll(() => page.getByRole('textbox', { name: 'Reply' }).inputValue())
      .toBe('Hi Ann,\nUse Reset your password (https://help.example/reset).')
    await inApp(
      "window.probe.client.interface.trigger('showNotify', { type: 'success', message: 'Draft inserted' })",
    )
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Draft inserted')
    expect(await settle("window.probe.client.interface.trigger('showModal', {})")).toMatchObject({
      ok: false,
    })
    await inApp("window.probe.client.instance.resize({ height: '450px' })")
    await expect
      .poll(() =>
        page.locator('#app-frame iframe').evaluate((frame: HTMLIFrameElement) => frame.style.height),
      )
      .toBe('450px')
  })

  it('sends ticket.propertiesUpdated when the ticket changes', async () => {
    const before = await inApp<unknown[]>('window.probe.events')
    await fetch(`${simulator.url}/__sim/demo/tickets/7/replies`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ body: 'Any news?' }),
    })
    await expect.poll(() => inApp<unknown[]>('window.probe.events')).toHaveLength(before.length + 1)
    await expect
      .poll(() => page.getByRole('list', { name: 'Conversation' }).textContent())
      .toContain('Any news?')
  })

  it('switches between the helpdesks with the keyboard', async () => {
    const freshdesk = page.getByRole('link', { name: 'Freshdesk' })
    expect(await freshdesk.getAttribute('aria-current')).toBe('page')
    await page.getByRole('link', { name: 'Zendesk' }).focus()
    await page.keyboard.press('Enter')
    await page.waitForURL((url) => url.searchParams.get('helpdesk') === 'zendesk')
    expect(await page.getByRole('link', { name: 'Zendesk' }).getAttribute('aria-current')).toBe('page')
  })
})
