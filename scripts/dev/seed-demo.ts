import { HELPDESKS } from '@deskmate/shared'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { createSecretBox } from '../../worker/src/crypto/secret-box.ts'
import { demoHistorySql } from './demo-history.ts'
import { REPO_ROOT, type DevSecrets } from './dev-secrets.ts'
import { signDevAdminSession } from './sign-dev-token.ts'
import { runWrangler } from './wrangler.ts'

const sqlText = (value: string | null): string => (value === null ? 'NULL' : `'${value.replace(/'/g, "''")}'`)

/** SQL that creates (or re-keys) the demo tenants with sealed secrets. */
const tenantSql = async (secrets: DevSecrets, now: string): Promise<string> => {
  const box = createSecretBox(secrets.encryptionKey)
  const statements: string[] = []
  for (const helpdesk of HELPDESKS) {
    const demo = secrets[helpdesk]
    const id = `${helpdesk}:${demo.account}`
    const [shared, webhook, token] = await Promise.all([
      box.seal(demo.sharedSecret, `${id}/shared_secret`),
      box.seal(demo.webhookSecret, `${id}/webhook_secret`),
      box.seal(demo.apiToken, `${id}/api_token`),
    ])
    statements.push(
      `INSERT INTO tenants (id, helpdesk, account, shared_secret_enc, webhook_secret_enc, api_token_enc, api_user,
         installation_id, created_at, updated_at)
       VALUES (${[id, helpdesk, demo.account, shared, webhook, token, 'agent@demo.example', `demo-${helpdesk}-install`, now, now].map(sqlText).join(', ')})
       ON CONFLICT (id) DO UPDATE SET shared_secret_enc = excluded.shared_secret_enc,
         webhook_secret_enc = excluded.webhook_secret_enc, api_token_enc = excluded.api_token_enc,
         updated_at = excluded.updated_at;`,
    )
  }
  return statements.join('\n')
}

/** Applies migrations and creates the demo tenants, with a month of demo history, in the local D1 under `persistDir`. */
export const prepareDatabase = async (
  secrets: DevSecrets,
  persistDir: string,
  log: (line: string) => void,
): Promise<void> => {
  await runWrangler(['d1', 'migrations', 'apply', 'DB', '--local', '--persist-to', persistDir], log)
  const file = join(persistDir, 'seed-tenants.sql')
  const now = new Date()
  const history = HELPDESKS.map((helpdesk) => demoHistorySql(`${helpdesk}:${secrets[helpdesk].account}`, now))
  writeFileSync(file, [await tenantSql(secrets, now.toISOString()), ...history].join('\n'))
  await runWrangler(
    ['d1', 'execute', 'DB', '--local', '--persist-to', persistDir, '--file', file, '--yes'],
    log,
  )
}

/** Loads the demo KB into both demo tenants through the running Worker's API as their admin (an idempotent upsert). */
export const seedDemoKb = async (workerUrl: string, secrets: DevSecrets): Promise<number> => {
  const kb = JSON.parse(readFileSync(join(REPO_ROOT, 'worker', 'demo', 'kb-articles.json'), 'utf8')) as {
    articles: unknown[]
  }
  for (const helpdesk of HELPDESKS) {
    const token = await signDevAdminSession(helpdesk, secrets[helpdesk].account, secrets.encryptionKey)
    const res = await fetch(`${workerUrl}/v1/kb/articles`, {
      method: 'PUT',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ articles: kb.articles }),
    })
    if (!res.ok) throw new Error(`Seeding the demo KB failed: HTTP ${res.status} ${await res.text()}`)
  }
  return kb.articles.length
}
