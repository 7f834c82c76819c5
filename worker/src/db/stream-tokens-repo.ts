import { randomToken, sha256Hex } from '../crypto/timing-safe.ts'

/** How long a stream token lives. */
export const STREAM_TOKEN_TTL_MS = 60_000

/** SQL for the one-use stream tokens; only their hashes are stored. */
export const createStreamTokensRepo = (db: D1Database) => ({
  /** Stores a new token bound to a tenant and a request body; returns the token itself. */
  async issue(tenantId: string, requestJson: string, now: Date): Promise<{ token: string; expiresAt: Date }> {
    const token = randomToken()
    const expiresAt = new Date(now.getTime() + STREAM_TOKEN_TTL_MS)
    await db.batch([
      db.prepare('DELETE FROM stream_tokens WHERE expires_at < ?').bind(now.getTime()),
      db
        .prepare(
          'INSERT INTO stream_tokens (token_hash, tenant_id, request_json, expires_at) VALUES (?, ?, ?, ?)',
        )
        .bind(await sha256Hex(token), tenantId, requestJson, expiresAt.getTime()),
    ])
    return { token, expiresAt }
  },

  /** Whether a token could still be used, without using it (for HEAD, which must not spend it). */
  async isUsable(token: string, now: Date): Promise<boolean> {
    const row = await db
      .prepare(
        'SELECT 1 AS ok FROM stream_tokens WHERE token_hash = ?1 AND used_at IS NULL AND expires_at >= ?2',
      )
      .bind(await sha256Hex(token), now.getTime())
      .first<{ ok: number }>()
    return row !== null
  },

  /** Marks a token used and returns what it was bound to; null when unknown, used or expired. */
  async consume(token: string, now: Date): Promise<{ tenantId: string; requestJson: string } | null> {
    const row = await db
      .prepare(
        `UPDATE stream_tokens SET used_at = ?1
         WHERE token_hash = ?2 AND used_at IS NULL AND expires_at >= ?1
         RETURNING tenant_id, request_json`,
      )
      .bind(now.getTime(), await sha256Hex(token))
      .first<{ tenant_id: string; request_json: string }>()
    return row ? { tenantId: row.tenant_id, requestJson: row.request_json } : null
  },
})
