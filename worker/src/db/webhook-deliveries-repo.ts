/** A verified delivery to remember: its tenant, id, expiry and the tenant row version its secret came from. */
export type DeliveryRecord = {
  tenantId: string
  deliveryId: string
  expiresAt: number
  secretVersion: number
}

/** Expired deliveries pruned per write at most, so pruning stays proportional to the intake. */
const PRUNE_LIMIT = 500

/** SQL for signed webhook deliveries already accepted (replay protection), across tenants. */
export const createWebhookDeliveriesRepo = (db: D1Database) => ({
  /**
   * Records deliveries in one round trip: prunes expired ones, inserts the new ones whose tenant row is still at
   * the version their secret was read at, and reads those tenants' versions. `inserted` holds the
   * `tenantId deliveryId` keys actually written (a key already there is a replay); `versions` maps each tenant
   * that still exists to its current version.
   */
  async record(
    deliveries: readonly DeliveryRecord[],
    now: Date,
  ): Promise<{ inserted: Set<string>; versions: Map<string, number> }> {
    const json = JSON.stringify(
      deliveries.map((d) => ({ t: d.tenantId, h: d.deliveryId, e: d.expiresAt, v: d.secretVersion })),
    )
    const [, inserted, versions] = await db.batch([
      db
        .prepare(
          `DELETE FROM webhook_deliveries WHERE rowid IN
             (SELECT rowid FROM webhook_deliveries WHERE expires_at < ?1 LIMIT ${PRUNE_LIMIT})`,
        )
        .bind(now.getTime()),
      // WHERE true: SQLite needs it before an upsert clause on INSERT … SELECT.
      db
        .prepare(
          `INSERT INTO webhook_deliveries (tenant_id, delivery_hash, expires_at)
           SELECT json_extract(d.value, '$.t'), json_extract(d.value, '$.h'), json_extract(d.value, '$.e')
           FROM json_each(?1) AS d
           JOIN tenants t ON t.id = json_extract(d.value, '$.t') AND t.version = json_extract(d.value, '$.v')
           WHERE true
           ON CONFLICT DO NOTHING
           RETURNING tenant_id, delivery_hash`,
        )
        .bind(json),
      db
        .prepare(
          `SELECT id, version FROM tenants
           WHERE id IN (SELECT DISTINCT json_extract(value, '$.t') FROM json_each(?1))`,
        )
        .bind(json),
    ])
    const rows = (inserted?.results ?? []) as Array<{ tenant_id: string; delivery_hash: string }>
    const tenants = (versions?.results ?? []) as Array<{ id: string; version: number }>
    return {
      inserted: new Set(rows.map((row) => `${row.tenant_id} ${row.delivery_hash}`)),
      versions: new Map(tenants.map((row) => [row.id, row.version])),
    }
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
