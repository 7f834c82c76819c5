// @vitest-environment node
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { ZCLI_APPS_CONFIG_FILE, buildZcliAppsConfig, type ManifestParameter } from './zcli-config.ts'

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url))
const ZCLI_BIN = join(REPO_ROOT, 'node_modules', '@zendesk', 'zcli', 'bin', 'run')
const LOCAL = {
  backend_url: 'http://localhost:8787',
  shared_secret: 's'.repeat(40),
  api_token: 'local-token',
}

const readManifest = async () =>
  JSON.parse(await readFile(join(REPO_ROOT, 'manifest', 'zendesk', 'manifest.json'), 'utf8')) as {
    parameters: ManifestParameter[]
    location: Record<string, Record<string, unknown>>
  }

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number }
      probe.close(() => resolve(port))
    })
  })

/** Polls the apps server until it answers /app.json (zcli takes a few seconds to start). */
const fetchAppJson = async (port: number, server: ChildProcess): Promise<unknown> => {
  for (let attempt = 0; attempt < 200; attempt++) {
    if (server.exitCode !== null) throw new Error(`zcli exited with ${server.exitCode}`)
    try {
      const res = await fetch(`http://localhost:${port}/app.json`)
      if (res.ok) return await res.json()
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error('zcli apps:server did not answer')
}

describe('zcli.apps.config.json', () => {
  it('has a value for every setting the manifest declares, local values first', async () => {
    const manifest = await readManifest()
    const config = buildZcliAppsConfig(manifest, LOCAL)
    expect(Object.keys(config.parameters).sort()).toEqual(manifest.parameters.map((p) => p.name).sort())
    expect(config.parameters).toMatchObject(LOCAL)
  })

  it('falls back to the default, or empty for an optional setting, and refuses a required one without', () => {
    const parameters: ManifestParameter[] = [
      { name: 'url', required: true, default: 'https://example.test' },
      { name: 'optional' },
    ]
    expect(buildZcliAppsConfig({ parameters }, {})).toEqual({
      parameters: { url: 'https://example.test', optional: '' },
    })
    expect(() => buildZcliAppsConfig({ parameters: [{ name: 'secret', required: true }] }, {})).toThrow(
      /secret/,
    )
  })

  describe('served by zcli apps:server, offline', () => {
    let server: ChildProcess | undefined
    let appDir = ''
    afterAll(async () => {
      server?.kill()
      if (appDir) await rm(appDir, { recursive: true, force: true })
    })

    it('starts without prompting and serves every setting in app.json', { timeout: 90_000 }, async () => {
      const manifest = await readManifest()
      appDir = await mkdtemp(join(tmpdir(), 'deskmate-zcli-'))
      await mkdir(join(appDir, 'assets'))
      await writeFile(join(appDir, 'manifest.json'), JSON.stringify(manifest))
      await writeFile(
        join(appDir, ZCLI_APPS_CONFIG_FILE),
        JSON.stringify(buildZcliAppsConfig(manifest, LOCAL)),
      )
      const port = await freePort()
      server = spawn(process.execPath, [ZCLI_BIN, 'apps:server', appDir, '--port', String(port)], {
        stdio: 'ignore',
      })
      const appJson = (await fetchAppJson(port, server)) as {
        apps: Array<{ name: string; locations: Record<string, Record<string, unknown>> }>
        installations: Array<{ settings: Array<Record<string, string>> }>
      }
      expect(appJson.apps[0]?.name).toBe('Deskmate')
      expect(Object.keys(appJson.apps[0]?.locations.support ?? {})).toEqual(
        Object.keys(manifest.location.support ?? {}),
      )
      const served = Object.assign({}, ...(appJson.installations[0]?.settings ?? [])) as Record<
        string,
        string
      >
      for (const parameter of manifest.parameters)
        expect(served[parameter.name], parameter.name).toBe(LOCAL[parameter.name as keyof typeof LOCAL])
    })
  })
})
