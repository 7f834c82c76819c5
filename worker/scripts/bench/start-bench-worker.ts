import { randomBytes } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { SignJWT } from 'jose'
import { unstable_splitSqlQuery } from 'wrangler'
import { signAdminSession } from '../../src/http/admin-session.ts'
import type { BenchD1 } from './bench-d1.ts'
import { startBenchMiniflare, type BenchMiniflare } from './bench-miniflare.ts'
import { BENCH_TENANT, benchSecrets, seedBenchTenants } from './bench-tenant.ts'
import { WORKER_DIR, loadBenchArticles } from './bench-inputs.ts'

export type { BenchD1 } from './bench-d1.ts'
export { BENCH_TENANT, BENCH_TENANT_RECORD } from './bench-tenant.ts'

/** A bundled Worker running on workerd through Miniflare, migrated and seeded. */
export type BenchWorker = Omit<BenchMiniflare, 'mf'> & {
  /** A sidebar JWT for the bench tenant, and the installation secret that signs it. */
  token: string
  sharedSecret: string
  /** The bench tenant's Zendesk webhook signing secret. */
  webhookSecret: string
  /** The Worker's ENCRYPTION_KEY (the bench seeds more tenants with it). */
  encryptionKey: string
  db: BenchD1
  kbArticles: number
  dispose(): Promise<void>
}

const applyMigrations = async (db: BenchD1): Promise<void> => {
  const dir = join(WORKER_DIR, 'migrations')
  for (const file of readdirSync(dir)
    .filter((name) => name.endsWith('.sql'))
    .sort()) {
    const statements = unstable_splitSqlQuery(readFileSync(join(dir, file), 'utf8'))
    await db.batch(statements.map((sql) => db.prepare(sql)))
  }
}

/** A sidebar token for a bench account, signed with its installation secret. */
export const signBenchToken = (account: string, sharedSecret: string): Promise<string> =>
  new SignJWT({ iss: `https://${account}.zendesk.com`, aud: 'deskmate', sub: 'bench-agent' })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuedAt()
    .setExpirationTime('30m')
    .sign(new TextEncoder().encode(sharedSecret))

/** An admin session of a bench tenant (KB writes and training are admin operations). */
export const signBenchAdmin = async (encryptionKey: string, account: string): Promise<string> =>
  (
    await signAdminSession(
      encryptionKey,
      { tenantId: `zendesk:${account}`, userId: 'bench-admin', name: null },
      new Date(),
    )
  ).token

/** Loads the demo knowledge base into a tenant through `PUT /v1/kb/articles`, as its admin. */
export const loadKb = async (url: URL, adminToken: string): Promise<number> => {
  const articles = loadBenchArticles()
  const res = await fetch(new URL('/v1/kb/articles', url), {
    method: 'PUT',
    headers: { Authorization: `Bearer ${adminToken}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ articles }),
  })
  if (!res.ok) throw new Error(`Loading the demo KB failed: HTTP ${res.status} ${await res.text()}`)
  return articles.length
}

/**
 * Starts the bench Workers (see startBenchMiniflare), applies the migrations, creates the bench tenant and loads
 * the demo KB through the API. `zendeskApiBase` is the simulator the counted Worker's queue consumer calls.
 */
export const startBenchWorker = async (options: {
  scriptPath: string
  bundleModules: readonly string[]
  storageDir: string
  zendeskApiBase: string
  consumerBatchSize?: number
}): Promise<BenchWorker> => {
  const encryptionKey = randomBytes(32).toString('base64')
  const { mf, ...urls } = await startBenchMiniflare({ ...options, encryptionKey })
  try {
    const db = await mf.getD1Database('DB')
    await applyMigrations(db)
    const secrets = benchSecrets(BENCH_TENANT.account)
    await seedBenchTenants(db, encryptionKey, [secrets])
    const token = await signBenchToken(BENCH_TENANT.account, secrets.sharedSecret)
    const kbArticles = await loadKb(urls.directUrl, await signBenchAdmin(encryptionKey, BENCH_TENANT.account))
    return {
      ...urls,
      token,
      sharedSecret: secrets.sharedSecret,
      webhookSecret: secrets.webhookSecret,
      encryptionKey,
      db,
      kbArticles,
      dispose: () => mf.dispose(),
    }
  } catch (err) {
    await mf.dispose()
    throw err
  }
}
