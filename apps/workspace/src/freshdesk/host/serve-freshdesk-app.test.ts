import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { findFreshdeskApp } from './serve-freshdesk-app.ts'

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
