import { execFileSync, spawn } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import {
  ZCLI_APPS_CONFIG_FILE,
  buildZcliAppsConfig,
  type ManifestParameter,
} from '../apps/zendesk/package/zcli-config.ts'
import { REPO_ROOT, ensureDevSecrets } from './dev/dev-secrets.ts'
import { DEFAULT_PORTS } from './dev/local-stack.ts'

// npm run zendesk:serve [-- --skip-build] [--port 4567] [--backend-url https://your-worker.example]
// Builds dist/zendesk (as package:zendesk does) and serves it with `zcli apps:server`, with the settings taken
// from the local demo secrets, so a developer can try the built app inside a real Zendesk (?zcli_apps=true).
const { values: args } = parseArgs({
  options: {
    'skip-build': { type: 'boolean', default: false },
    port: { type: 'string', default: '4567' },
    'backend-url': { type: 'string' },
  },
})
const APP_DIR = join(REPO_ROOT, 'dist', 'zendesk')

if (!args['skip-build']) execFileSync('npm', ['run', 'package:zendesk'], { cwd: REPO_ROOT, stdio: 'inherit' })

const manifest = JSON.parse(readFileSync(join(APP_DIR, 'manifest.json'), 'utf8')) as {
  parameters?: ManifestParameter[]
}
const { zendesk } = ensureDevSecrets()
const backendUrl =
  args['backend-url'] ?? process.env.DESKMATE_BACKEND_URL ?? `http://localhost:${DEFAULT_PORTS.worker}`
const config = buildZcliAppsConfig(manifest, {
  backend_url: backendUrl,
  shared_secret: zendesk.sharedSecret,
  api_token: zendesk.apiToken,
})
// The file holds the local shared secret: owner-only, and dist/ is never committed.
writeFileSync(join(APP_DIR, ZCLI_APPS_CONFIG_FILE), `${JSON.stringify(config, null, 2)}\n`, { mode: 0o600 })

console.log(`
Serving dist/zendesk with zcli apps:server on port ${args.port} (settings: .deskmate/dev-secrets.json).
  Open a ticket in your Zendesk with ?zcli_apps=true, for example
    https://<subdomain>.zendesk.com/agent/tickets/1?zcli_apps=true
  Zendesk's request proxy calls the Worker at ${backendUrl}: it must be reachable from Zendesk
  (a deployed or tunnelled Worker: --backend-url https://...). Secure settings are sent unencrypted in local mode.
`)
const server = spawn('zcli', ['apps:server', APP_DIR, '--port', args.port], { stdio: 'inherit' })
server.on('exit', (code) => process.exit(code ?? 0))
