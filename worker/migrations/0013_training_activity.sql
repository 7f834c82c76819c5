-- Category models beside the active one (`models`): the candidate the console trained and the admin has not
-- adopted yet, and the model an adoption replaced (what a rollback restores). One of each per tenant and target.
-- A `previous` row with no chunks stands for the shipped model (the tenant had none of its own).
CREATE TABLE model_versions (
  id TEXT PRIMARY KEY,
  tenant_id TEXT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  target TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('candidate', 'previous')),
  chunks INTEGER NOT NULL,
  labels_json TEXT NOT NULL,
  examples INTEGER,
  holdout_accuracy REAL,
  trained_at TEXT,
  report_json TEXT,
  created_at TEXT NOT NULL
);
CREATE UNIQUE INDEX model_versions_state ON model_versions (tenant_id, target, state);

CREATE TABLE model_version_chunks (
  version_id TEXT NOT NULL REFERENCES model_versions (id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  data TEXT NOT NULL,
  PRIMARY KEY (version_id, seq)
);

-- The category and language of each decision's ticket (null where the automation did not analyse it: skipped
-- before analysis, settings changes), so the console's activity log filters by them through an index.
ALTER TABLE audit_log ADD COLUMN category TEXT;
ALTER TABLE audit_log ADD COLUMN language TEXT;
CREATE INDEX audit_log_tenant_category ON audit_log (tenant_id, category, created_at);
CREATE INDEX audit_log_tenant_language ON audit_log (tenant_id, language, created_at);
