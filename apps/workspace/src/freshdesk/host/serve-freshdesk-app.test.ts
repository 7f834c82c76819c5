import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ServerResponse } from 'node:http'
import { afterEach, describe, expect, it } from 'vitest'
import { APP_CLIENT_PATH, findFreshdeskApp, serveFreshdeskApp } from './serve-freshdesk-app.ts'

/** A response that keeps what was sent. */
const recordResponse = () => {
  const sent = { status: 0, body: '' }
  const res = {
    writeHead(status: number) {
      sent.status = status
      return res
    },
    end(body?: string) {
      sent.body = String(body ?? '')
      return res
    },
  }
  return { sent, res: res as unknown as ServerResponse }
}

describe('findFreshdeskApp', () => {
  let root = ''
  afterEach(() => rm(root, { recursive: true, force: true }))

  it('hosts the Freshdesk app build when there is one', async () => {
    root = `${await mkdtemp(join(tmpdir(), 'fd-app-'))}/`
    await mkdir(`${root}dist/freshdesk-app`, { recursive: true })
    await writeFile(`${root}dist/freshdesk-app/index.html`, '<html></html>')
    expect(findFreshdeskApp(root)).toEqual({ dir: `${root}dist/freshdesk-app`, isBuild: true })
  })

  it('falls back to the connection check and says it is not the build', async () => {
    root = `${await mkdtemp(join(tmpdir(), 'fd-app-'))}/`
    expect(findFreshdeskApp(root)).toEqual({ dir: `${root}manifest/freshdesk/app`, isBuild: false })
  })
})

describe('serveFreshdeskApp', () => {
  let root = ''
  afterEach(() => rm(root, { recursive: true, force: true }))

  it('puts the client stand-in into every page of the app, the console included', async () => {
    root = await mkdtemp(join(tmpdir(), 'fd-app-'))
    const page = '<script src="{{{appclient}}}"></script>'
    await writeFile(join(root, 'index.html'), page)
    await writeFile(join(root, 'console.html'), page)
    for (const path of ['/freshdesk/index.html', '/freshdesk/console.html']) {
      const { sent, res } = recordResponse()
      await serveFreshdeskApp({ dir: root, isBuild: true }, '', path, res)
      expect(sent).toEqual({ status: 200, body: `<script src="${APP_CLIENT_PATH}"></script>` })
    }
  })
})
