import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startWorkspace, type Workspace } from './index.ts'

const SECRET = 'never-leaves-the-server-0123456789'
const TOKEN = 'api-token-never-leaves-either'

describe('startWorkspace', () => {
  let workspace: Workspace

  beforeAll(async () => {
    workspace = await startWorkspace({
      workerUrl: 'http://127.0.0.1:9',
      zendesk: { account: 'demo', sharedSecret: SECRET, apiToken: TOKEN },
      tickets: [{ id: 5, subject: 'Hello', body: 'Help me', createdAt: '2026-01-01T00:00:00Z' }],
      appDir: '/nonexistent',
    })
  })
  afterAll(() => workspace.close())

  it('serves the page and app on different origins', async () => {
    expect(new URL(workspace.url).origin).not.toBe(new URL(workspace.appUrl).origin)
    const page = await fetch(workspace.url)
    expect(await page.text()).toContain('id="app-frame"')
  })

  it('gives the page non-secure settings only', async () => {
    const text = await (await fetch(`${workspace.url}/__workspace/state`)).text()
    expect(text).not.toContain(SECRET)
    expect(text).not.toContain(TOKEN)
    expect(JSON.parse(text).app.settings).toEqual({ backend_url: 'http://127.0.0.1:9' })
  })

  it('lets only the ticket view use the request proxy', async () => {
    const call = (origin: string) =>
      fetch(`${workspace.url}/__workspace/zaf-request`, {
        method: 'POST',
        headers: { origin, 'content-type': 'application/json' },
        body: JSON.stringify({ options: { url: '{{setting.backend_url}}/healthz', secure: true } }),
      })
    expect((await call(workspace.appUrl)).status).toBe(403)
    const proxied = (await (await call(workspace.url)).json()) as { status: number }
    expect(proxied.status).toBe(502)
  })

  it('explains how to build the app when it is missing', async () => {
    const response = await fetch(`${workspace.appUrl}/index.html`)
    expect(response.status).toBe(404)
    expect(await response.text()).toContain('npm run build:zendesk')
  })
})
