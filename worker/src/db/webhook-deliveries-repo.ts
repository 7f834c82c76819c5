/** A verified delivery to remember: its tenant, id, expiry and the tenant row version its secret came from. */
export type DeliveryRecord = {
  tenantId: string
  deliveryId: string
  expiresAt: number
  secretVersion: number
}

/** SQL for signed webhook deliveries already accepted (replay protection), across tenants. */
export const createWebhookDeliveriesRepo = (db: D1Database) => ({
  /**
   * Records deliveries in one round trip: inserts those whose tenant row is still at the version their secret
   * was read at and, when `pruneLimit` > 0, first deletes up to that many expired ones. Returns the
   * `tenantId deliveryId` keys actually written: a delivery missing from it is a replay, or was verified with a
   * secret that is no longer the tenant's (`versionsOf` tells which).
   */
  async record(deliveries: readonly DeliveryRecord[], now: Date, pruneLimit: number): Promise<Set<string>> {
    const json = JSON.stringify(
      deliveries.map((d) => ({ t: d.tenantId, h: d.deliveryId, e: d.expiresAt, v: d.secretVersion })),
    )
    // WHERE true: SQLite needs it before an upsert clause on INSERT … SELECT. An expired copy not yet pruned
    // counts as absent: it is overwritten and the delivery is new.
    const insert = db
      .prepare(
        `INSERT INTO webhook_deliveries (tenant_id, delivery_hash, expires_at)
         SELECT json_extract(d.value, '$.t'), json_extract(d.value, '$.h'), json_extract(d.value, '$.e')
         FROM json_each(?1) AS d
         JOIN tenants t ON t.id = json_extract(d.value, '$.t') AND t.version = json_extract(d.value, '$.v')
         WHERE true
         ON CONFLICT (tenant_id, delivery_hash) DO UPDATE SET expires_at = excluded.expires_at
           WHERE webhook_deliveries.expires_at < ?2
         RETURNING tenant_id, delivery_hash`,
      )
      .bind(json, now.getTime())
    const prune = db
      .prepare(
        `DELETE FROM webhook_deliveries WHERE rowid IN
           (SELECT rowid FROM webhook_deliveries WHERE expires_at < ?1 LIMIT ?2)`,
      )
      .bind(now.getTime(), pruneLimit)
    const results = await db.batch(pruneLimit > 0 ? [prune, insert] : [insert])
    const rows = (results.at(-1)?.results ?? []) as Array<{ tenant_id: string; delivery_hash: string }>
    return new Set(rows.map((row) => `${row.tenant_id} ${row.delivery_hash}`))
  },

  /** The current row version of each of these tenants that still exists. */
  async versionsOf(tenantIds: readonly string[]): Promise<Map<string, number>> {
    const { results } = await db
      .prepare('SELECT id, version FROM tenants WHERE id IN (SELECT value FROM json_each(?1))')
      .bind(JSON.stringify([...new Set(tenantIds)]))
      .all<{ id: string; version: number }>()
    return new Map(results.map((row) => [row.id, row.version]))
  },

  /** Forgets deliveries whose jobs could not be queued, so the helpdesk's retries are accepted. */
  async forget(deliveries: ReadonlyArray<Pick<DeliveryRecord, 'tenantId' | 'deliveryId'>>): Promise<void> {
    await db
      .prepare(
        `DELETE FROM webhook_deliveries WHERE (tenant_id, delivery_hash) IN
           (SELECT json_extract(value, '$.t'), json_extract(value, '$.h') FROM json_each(?1))`,
      )
      .bind(JSON.stringify(deliveries.map((d) => ({ t: d.tenantId, h: d.deliveryId }))))
      .run()
  },
})
export type WebhookDeliveriesRepo = ReturnType<typeof createWebhookDeliveriesRepo>
