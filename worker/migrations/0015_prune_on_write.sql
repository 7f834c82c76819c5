-- Expired rows go in the write that makes them expire, inside SQLite, instead of in a statement of their own
-- beside every write (each statement has a fixed cost in D1, and D1 bills per statement).

-- The helpdesk API budget keeps an hour of minute windows: a tenant's older windows go when one of its buckets
-- opens a new window (their cutoff only moves then). 3600000 = KEEP_WINDOWS_MS in helpdesk-quota-repo.ts.
CREATE TRIGGER helpdesk_quota_prune AFTER INSERT ON helpdesk_quota
BEGIN
  DELETE FROM helpdesk_quota WHERE tenant_id = NEW.tenant_id AND window_start < NEW.window_start - 3600000;
END;

-- Gap tickets are kept for 90 days (GAP_RETENTION_DAYS in knowledge-gaps-repo.ts): a tenant's expired ones go
-- whenever one of its gap tickets is recorded, new or again.
CREATE TRIGGER knowledge_gap_tickets_prune_on_insert AFTER INSERT ON knowledge_gap_tickets
BEGIN
  DELETE FROM knowledge_gap_tickets
  WHERE tenant_id = NEW.tenant_id AND created_at < strftime('%Y-%m-%dT%H:%M:%fZ', NEW.created_at, '-90 days');
END;

CREATE TRIGGER knowledge_gap_tickets_prune_on_update AFTER UPDATE OF created_at ON knowledge_gap_tickets
BEGIN
  DELETE FROM knowledge_gap_tickets
  WHERE tenant_id = NEW.tenant_id AND created_at < strftime('%Y-%m-%dT%H:%M:%fZ', NEW.created_at, '-90 days');
END;
