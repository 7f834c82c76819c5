-- The ticket's `updated_at` the event's write is conditioned on (Zendesk safe_update): recorded with the plan,
-- so a retry after a crash or a lost answer can never apply the same update twice.
ALTER TABLE webhook_events ADD COLUMN write_stamp TEXT;

-- The last Help Center sync failure (cleared by the next success), so a failed sync is visible.
ALTER TABLE kb_sync_state ADD COLUMN last_error TEXT;
ALTER TABLE kb_sync_state ADD COLUMN failed_at TEXT;
