-- Tenants: one row per helpdesk account that installed Deskmate. Secrets are AES-GCM ciphertexts.
CREATE TABLE tenants (
  id TEXT PRIMARY KEY,
  helpdesk TEXT NOT NULL CHECK (helpdesk IN ('zendesk', 'freshdesk')),
  account TEXT NOT NULL,
  shared_secret_enc TEXT NOT NULL,
  webhook_secret_enc TEXT,
  api_token_enc TEXT,
  api_user TEXT,
  installation_id TEXT,
  anthropic_key_enc TEXT,
  settings_json TEXT NOT NULL DEFAULT '{}',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (helpdesk, account)
);

-- Per-tenant trained local models, one per target (category, priority, type, sentiment).
CREATE TABLE models (
  tenant_id TEXT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  target TEXT NOT NULL,
  model_json TEXT NOT NULL,
  labels_json TEXT NOT NULL,
  examples INTEGER NOT NULL,
  holdout_accuracy REAL,
  trained_at TEXT NOT NULL,
  PRIMARY KEY (tenant_id, target)
);

-- Audit of every automation decision.
CREATE TABLE audit_log (
  id TEXT PRIMARY KEY,
  tenant_id TEXT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  ticket_id TEXT NOT NULL,
  event_key TEXT NOT NULL,
  mode TEXT NOT NULL,
  decision TEXT NOT NULL,
  reasons_json TEXT NOT NULL,
  engine TEXT NOT NULL,
  tokens INTEGER NOT NULL DEFAULT 0,
  latency_ms REAL NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL
);
CREATE INDEX audit_log_tenant_ticket ON audit_log (tenant_id, ticket_id, created_at);
CREATE INDEX audit_log_tenant_created ON audit_log (tenant_id, created_at);

-- Webhook events already accepted (idempotency: one outcome per ticket event).
CREATE TABLE webhook_events (
  tenant_id TEXT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  event_key TEXT NOT NULL,
  status TEXT NOT NULL,
  received_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (tenant_id, event_key)
);

-- One-use tokens for the direct streaming call (stored hashed).
CREATE TABLE stream_tokens (
  token_hash TEXT PRIMARY KEY,
  tenant_id TEXT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  request_json TEXT NOT NULL,
  expires_at INTEGER NOT NULL,
  used_at INTEGER
);
CREATE INDEX stream_tokens_expires ON stream_tokens (expires_at);

-- Daily counters for the auto-reply cap and the LLM budget.
CREATE TABLE usage_daily (
  tenant_id TEXT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  day TEXT NOT NULL,
  auto_replies INTEGER NOT NULL DEFAULT 0,
  llm_tokens INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, day)
);
