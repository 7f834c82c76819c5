import { randomBytes } from 'node:crypto'
import type { KbArticle } from '@deskmate/shared'
import { SignJWT } from 'jose'
import { createSecretBox } from '../../src/crypto/secret-box.ts'
import { signBenchAdmin, type BenchWorker } from './start-bench-worker.ts'

/** A Zendesk tenant of the KB bench, a sidebar token for it and an admin session (KB writes are admin-only). */
export type KbTenant = { id: string; account: string; token: string; adminToken: string }

/** Creates a Zendesk tenant in the bench Worker's D1 (as registration would) and signs a sidebar JWT for it. */
export const seedKbTenant = async (worker: BenchWorker, account: string): Promise<KbTenant> => {
  const id = `zendesk:${account}`
  const secret = randomBytes(32).toString('base64url')
  const sealed = await createSecretBox(worker.encryptionKey).seal(secret, `${id}/shared_secret`)
  const now = new Date().toISOString()
  await worker.db
    .prepare(
      `INSERT INTO tenants (id, helpdesk, account, shared_secret_enc, created_at, updated_at)
       VALUES (?1, 'zendesk', ?2, ?3, ?4, ?4)`,
    )
    .bind(id, account, sealed, now)
    .run()
  const token = await new SignJWT({
    iss: `https://${account}.zendesk.com`,
    aud: 'deskmate',
    sub: 'bench-agent',
  })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuedAt()
    .setExpirationTime('2h')
    .sign(new TextEncoder().encode(secret))
  return { id, account, token, adminToken: await signBenchAdmin(worker.encryptionKey, account) }
}

/** `PUT /v1/kb/articles` as the tenant's admin; resolves once the Worker answered 200. */
export const putArticles = async (worker: BenchWorker, tenant: KbTenant, articles: KbArticle[]) => {
  const res = await fetch(new URL('/v1/kb/articles', worker.directUrl), {
    method: 'PUT',
    headers: { Authorization: `Bearer ${tenant.adminToken}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ articles }),
  })
  if (!res.ok) throw new Error(`PUT /v1/kb/articles failed: HTTP ${res.status} ${await res.text()}`)
  await res.arrayBuffer()
}
