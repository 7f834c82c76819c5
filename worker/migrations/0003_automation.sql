-- The automation's idempotency record: what was decided for an event, before anything was done about it.
ALTER TABLE webhook_events ADD COLUMN ticket_id TEXT;
ALTER TABLE webhook_events ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE webhook_events ADD COLUMN plan_json TEXT;
-- While a consumer works on an event, others leave it alone until the lease ends (epoch ms).
ALTER TABLE webhook_events ADD COLUMN lease_until INTEGER NOT NULL DEFAULT 0;
-- Deliveries of an already finished event (counted, otherwise ignored).
ALTER TABLE webhook_events ADD COLUMN duplicates INTEGER NOT NULL DEFAULT 0;

-- Signed deliveries already accepted (replay protection), kept for the signature freshness window.
CREATE TABLE webhook_deliveries (
  tenant_id TEXT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  delivery_hash TEXT NOT NULL,
  expires_at INTEGER NOT NULL,
  PRIMARY KEY (tenant_id, delivery_hash)
);
CREATE INDEX webhook_deliveries_expires ON webhook_deliveries (expires_at);

-- Helpdesk API calls per tenant and minute, for limits such as Zendesk's 100 ticket updates per minute.
CREATE TABLE helpdesk_quota (
  tenant_id TEXT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  bucket TEXT NOT NULL,
  window_start INTEGER NOT NULL,
  used INTEGER NOT NULL,
  PRIMARY KEY (tenant_id, bucket, window_start)
);

-- Help Center sync: the incremental export cursor, and which KB articles came from the helpdesk.
CREATE TABLE kb_sync_state (
  tenant_id TEXT PRIMARY KEY REFERENCES tenants (id) ON DELETE CASCADE,
  cursor INTEGER NOT NULL DEFAULT 0,
  synced_at TEXT,
  articles INTEGER NOT NULL DEFAULT 0,
  examples INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE kb_sync_articles (
  tenant_id TEXT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  local_id TEXT NOT NULL,
  source_id TEXT NOT NULL,
  PRIMARY KEY (tenant_id, local_id)
);
CREATE INDEX kb_sync_articles_source ON kb_sync_articles (tenant_id, source_id);
