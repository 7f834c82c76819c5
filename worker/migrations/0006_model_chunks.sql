-- Trained models stored in chunks: a D1 row holds at most 2,000,000 bytes and a large training set yields a
-- larger model. `models.chunks` counts the rows of `model_chunks` (0: the JSON is still in `models.model_json`).
ALTER TABLE models ADD COLUMN chunks INTEGER NOT NULL DEFAULT 0;

CREATE TABLE model_chunks (
  tenant_id TEXT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  target TEXT NOT NULL,
  seq INTEGER NOT NULL,
  data TEXT NOT NULL,
  PRIMARY KEY (tenant_id, target, seq)
);
