import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { execFileSync } from 'node:child_process'
import { REPO_ROOT } from './dev/dev-secrets.ts'
import { startLocalStack } from './dev/local-stack.ts'
import { signDevToken } from './dev/sign-dev-token.ts'

// npm start: the whole product on this machine, with demo data, no accounts and no network.
const verbose = process.argv.includes('--verbose')
const builds = [
  {
    script: 'build:zendesk',
    entry: ['zendesk', 'assets', 'index.html'],
    what: 'the Zendesk sidebar and console',
  },
  { script: 'build:freshdesk', entry: ['freshdesk-app', 'index.html'], what: 'the Freshdesk sidebar' },
]
for (const build of builds) {
  if (existsSync(join(REPO_ROOT, 'dist', ...build.entry))) continue
  console.log(`Building ${build.what}…`)
  execFileSync('npm', ['run', build.script], { cwd: REPO_ROOT, stdio: 'inherit' })
}
console.log('Starting the Worker (wrangler dev) with the local D1 and Queues…')
const stack = await startLocalStack({ log: verbose ? (line) => console.log(`[worker] ${line}`) : undefined })
const token = await signDevToken(
  'zendesk',
  stack.secrets.zendesk.account,
  stack.secrets.zendesk.sharedSecret,
  '1h',
)

console.log(`
Deskmate is running.

  Agent workspace   ${stack.workspaceUrl}
  Worker API        ${stack.workerUrl}   (demo KB: ${stack.kbArticles} articles)
  Simulated Zendesk ${stack.simulatorUrl}   (account "demo"; New ticket in the workspace fires its trigger)
  Freshdesk view    ${stack.workspaceUrl}/?helpdesk=freshdesk   (simulated ${stack.freshdeskUrl}, account "demo")

Try the API (a fresh token: npm run --silent dev:token):

  curl -s ${stack.workerUrl}/v1/tickets/analyze \\
    -H "Authorization: Bearer ${token}" \\
    -H "Content-Type: application/json" \\
    -d '{"ticket":{"subject":"Forgot my password","body":"I cannot log in, how do I reset my password?","channel":"email"}}'

Press Ctrl-C to stop.`)

const shutdown = async (): Promise<void> => {
  await stack.stop()
  process.exit(0)
}
process.on('SIGINT', () => void shutdown())
process.on('SIGTERM', () => void shutdown())
