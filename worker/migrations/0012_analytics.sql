-- Per-tenant daily counters of the automation's decisions, written in the batch that audits each decision, so
-- the console's analytics read at most one row per day whatever the audit volume. `counters` is a JSON object
-- of named counts ("decision:escalated", "reason:vip_requester", "category:billing", "tokens", …).
CREATE TABLE analytics_daily (
  tenant_id TEXT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  day TEXT NOT NULL,
  counters TEXT NOT NULL DEFAULT '{}',
  PRIMARY KEY (tenant_id, day)
) WITHOUT ROWID;

-- Backfill from the audit log: decision counts and LLM tokens (the audit rows before this migration hold no
-- category, language, channel or SLA facts for escalations, so the mixes start with this migration).
INSERT INTO analytics_daily (tenant_id, day, counters)
SELECT tenant_id, substr(created_at, 1, 10), json_object(
    'decisions', COUNT(*),
    'decision:auto_replied', SUM(decision = 'auto_replied'),
    'decision:draft_noted', SUM(decision = 'draft_noted'),
    'decision:escalated', SUM(decision = 'escalated'),
    'decision:skipped', SUM(decision = 'skipped'),
    'decision:failed', SUM(decision = 'failed'),
    'tokens', SUM(tokens))
FROM audit_log WHERE ticket_id <> '' GROUP BY tenant_id, substr(created_at, 1, 10);

-- Recent tickets no article answered (escalated for lack of an answer), redacted, for the knowledge gaps.
CREATE TABLE knowledge_gap_tickets (
  tenant_id TEXT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  ticket_id TEXT NOT NULL,
  subject TEXT NOT NULL,
  excerpt TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (tenant_id, ticket_id)
) WITHOUT ROWID;
CREATE INDEX knowledge_gap_tickets_recent ON knowledge_gap_tickets (tenant_id, created_at);
