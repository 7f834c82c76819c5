import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { buildTemplateRequest } from './build-template-request.ts'
import { loadFreshdeskInstallation } from './load-freshdesk-installation.ts'

const CONFIG_DIR = fileURLToPath(new URL('../../../../../manifest/freshdesk/config', import.meta.url))

describe('loadFreshdeskInstallation', () => {
  it('installs the packaged templates and keeps secure iparams out of the public ones', async () => {
    const { installation, publicIparams } = await loadFreshdeskInstallation(CONFIG_DIR, {
      backend_host: '127.0.0.1:8787',
      freshdesk_domain: 'demo.freshdesk.com',
      shared_secret: 'x'.repeat(32),
      api_key: 'admin-key',
    })
    expect(publicIparams).toEqual({ backend_host: '127.0.0.1:8787', freshdesk_domain: 'demo.freshdesk.com' })
    const request = buildTemplateRequest(installation, 'registerInstallation', { body: '{}' })
    expect(request.url).toBe('http://127.0.0.1:8787/v1/tenants/register')
    expect(request.headers).toMatchObject({
      'X-Deskmate-Account': 'demo.freshdesk.com',
      'X-Deskmate-Install-Secret': 'x'.repeat(32),
      'X-Deskmate-Api-Token': 'admin-key',
    })
  })
})
