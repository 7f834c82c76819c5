import { randomBytes } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { SignJWT } from 'jose'
import { Miniflare, convertV4MiniflareOptions } from 'miniflare'
import { devAllowedOrigins } from '../../../scripts/dev/dev-origins.ts'
import { unstable_readConfig, unstable_splitSqlQuery } from 'wrangler'
import { createSecretBox } from '../../src/crypto/secret-box.ts'
import { signAdminSession } from '../../src/http/admin-session.ts'
import type { Tenant } from '../../src/db/tenants-repo.ts'
import { WORKER_DIR, loadBenchArticles } from './bench-inputs.ts'

/** Miniflare's D1 binding as Node sees it (the same database the Worker uses). */
export type BenchD1 = Awaited<ReturnType<Miniflare['getD1Database']>>

/** What the bench reads from wrangler.jsonc. */
type WorkerConfig = {
  compatibility_date?: string
  compatibility_flags: string[]
  vars: Record<string, unknown>
  d1_databases: { binding: string }[]
  queues: { producers?: { binding: string; queue: string }[] }
  ratelimits: { name: string; namespace_id: string; simple: { period?: 10 | 60 } }[]
}

/** The benchmark's own tenant (never the demo tenants of `npm start`). */
export const BENCH_TENANT = { id: 'zendesk:bench', helpdesk: 'zendesk', account: 'bench' } as const

/** The bench tenant as the API layer reads it after seeding: default settings, no Anthropic key. */
export const BENCH_TENANT_RECORD: Tenant = {
  ...BENCH_TENANT,
  installationId: null,
  apiUser: null,
  storedSettings: {},
  hasAnthropicKey: false,
}

/** A bundled Worker running on workerd through Miniflare, migrated and seeded. */
export type BenchWorker = {
  /** workerd's own socket for the Worker (no Miniflare entry Worker in front). */
  directUrl: URL
  /** A second Worker on the same D1 that answers after one indexed query: the cost of a D1 round trip. */
  d1ProbeUrl: URL
  /** Miniflare's entry URL (`mf.ready`), which routes through Miniflare's entry Worker. */
  entryUrl: URL
  /** A sidebar JWT for the bench tenant, and the installation secret that signs it. */
  token: string
  sharedSecret: string
  /** The Worker's ENCRYPTION_KEY, so a measurement can seed further tenants. */
  encryptionKey: string
  db: BenchD1
  kbArticles: number
  dispose(): Promise<void>
}

const D1_PROBE = 'd1-probe'
const D1_PROBE_SCRIPT = `export default {
  async fetch(request, env) {
    const row = await env.DB.prepare('SELECT id FROM tenants WHERE id = ?1').bind('${BENCH_TENANT.id}').first()
    return new Response(row ? 'ok' : 'missing', { status: row ? 200 : 500 })
  },
}`

const applyMigrations = async (db: BenchD1): Promise<void> => {
  const dir = join(WORKER_DIR, 'migrations')
  for (const file of readdirSync(dir)
    .filter((name) => name.endsWith('.sql'))
    .sort()) {
    const statements = unstable_splitSqlQuery(readFileSync(join(dir, file), 'utf8'))
    await db.batch(statements.map((sql) => db.prepare(sql)))
  }
}

const seedTenant = async (db: BenchD1, encryptionKey: string, sharedSecret: string): Promise<void> => {
  const sealed = await createSecretBox(encryptionKey).seal(sharedSecret, `${BENCH_TENANT.id}/shared_secret`)
  const now = new Date().toISOString()
  await db
    .prepare(
      `INSERT INTO tenants (id, helpdesk, account, shared_secret_enc, created_at, updated_at)
       VALUES (?1, ?2, ?3, ?4, ?5, ?5)`,
    )
    .bind(BENCH_TENANT.id, BENCH_TENANT.helpdesk, BENCH_TENANT.account, sealed, now)
    .run()
}

const signToken = (sharedSecret: string): Promise<string> =>
  new SignJWT({ iss: `https://${BENCH_TENANT.account}.zendesk.com`, aud: 'deskmate', sub: 'bench-agent' })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuedAt()
    .setExpirationTime('10m')
    .sign(new TextEncoder().encode(sharedSecret))

const loadKb = async (url: URL, token: string): Promise<number> => {
  const articles = loadBenchArticles()
  const res = await fetch(new URL('/v1/kb/articles', url), {
    method: 'PUT',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ articles }),
  })
  if (!res.ok) throw new Error(`Loading the demo KB failed: HTTP ${res.status} ${await res.text()}`)
  return articles.length
}

/**
 * Runs the bundled Worker (`scriptPath`) on workerd with the bindings of wrangler.jsonc, listening on 127.0.0.1
 * only, with D1 and temporary files under `storageDir`; then applies the migrations, creates the bench tenant and
 * loads the demo KB through the API as its admin.
 */
export const startBenchWorker = async (scriptPath: string, storageDir: string): Promise<BenchWorker> => {
  const config: WorkerConfig = unstable_readConfig(
    { config: join(WORKER_DIR, 'wrangler.jsonc') },
    { hideWarnings: true },
  )
  if (!config.compatibility_date) throw new Error('wrangler.jsonc has no compatibility_date')
  const encryptionKey = randomBytes(32).toString('base64')
  const sharedSecret = randomBytes(32).toString('base64url')
  const stringVars = Object.entries(config.vars).filter(
    (entry): entry is [string, string] => typeof entry[1] === 'string',
  )
  const d1Databases = Object.fromEntries(config.d1_databases.map((d1) => [d1.binding, `bench-${d1.binding}`]))
  const direct = [{ host: '127.0.0.1', port: 0 }]
  const options = convertV4MiniflareOptions({
    host: '127.0.0.1',
    port: 0,
    // The Worker logs one line per request (as in production); the bench keeps only warnings and errors.
    handleStructuredLogs: ({ level, message }) => {
      if (level === 'warn' || level === 'error') process.stderr.write(`[worker] ${message}\n`)
    },
    workers: [
      {
        name: 'deskmate',
        unsafeDirectSockets: direct,
        modules: true,
        scriptPath,
        modulesRoot: dirname(scriptPath),
        compatibilityDate: config.compatibility_date,
        compatibilityFlags: config.compatibility_flags,
        d1Databases,
        // Under load the bench sends thousands of drafts a minute for one tenant: the limiters are called as in
        // production, with limits the bench cannot reach.
        ratelimits: Object.fromEntries(
          config.ratelimits.map((r) => [
            r.name,
            { namespace_id: r.namespace_id, simple: { limit: 1e9, period: r.simple.period ?? 60 } },
          ]),
        ),
        queueProducers: Object.fromEntries(
          (config.queues.producers ?? []).map((q) => [q.binding, { queueName: q.queue }]),
        ),
        // The local engine only: no Anthropic key, so no request leaves the machine.
        bindings: {
          ...Object.fromEntries(stringVars),
          // The first-insights run drives the workspace on localhost, which the production list refuses.
          ALLOWED_ORIGINS: devAllowedOrigins(),
          ANTHROPIC_BASE_URL: '',
          ENCRYPTION_KEY: encryptionKey,
          ANTHROPIC_API_KEY: '',
        },
      },
      {
        name: D1_PROBE,
        unsafeDirectSockets: direct,
        modules: true,
        script: D1_PROBE_SCRIPT,
        compatibilityDate: config.compatibility_date,
        d1Databases,
      },
    ],
  })
  const mf = new Miniflare({ ...options, resourceTmpPath: storageDir, resourcePersistencePath: storageDir })
  try {
    const entryUrl = await mf.ready
    const directUrl = await mf.unsafeGetDirectURL('deskmate')
    const d1ProbeUrl = await mf.unsafeGetDirectURL(D1_PROBE)
    const db = await mf.getD1Database('DB')
    await applyMigrations(db)
    await seedTenant(db, encryptionKey, sharedSecret)
    const token = await signToken(sharedSecret)
    const admin = await signAdminSession(
      encryptionKey,
      { tenantId: BENCH_TENANT.id, userId: 'bench-admin', name: null },
      new Date(),
    )
    const kbArticles = await loadKb(directUrl, admin.token)
    return {
      directUrl,
      entryUrl,
      d1ProbeUrl,
      token,
      sharedSecret,
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
