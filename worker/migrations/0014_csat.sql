-- The helpdesk's satisfaction ratings, one row per rating (a rating read twice is stored once; a changed score
-- replaces the old one), with whether Deskmate answered the rated ticket automatically (an `auto_replied`
-- decision in the audit log when the rating was read). The analytics count them per day through the index.
CREATE TABLE csat_ratings (
  tenant_id TEXT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  rating_id TEXT NOT NULL,
  ticket_id TEXT NOT NULL,
  day TEXT NOT NULL,
  good INTEGER NOT NULL,
  auto INTEGER NOT NULL,
  PRIMARY KEY (tenant_id, rating_id)
) WITHOUT ROWID;
CREATE INDEX csat_ratings_day ON csat_ratings (tenant_id, day, auto, good);

-- Each tenant's rating pull: where the next one starts (the newest rating's creation time), when one was last
-- asked for and when one last finished, and whether the helpdesk serves ratings at all.
CREATE TABLE csat_sync (
  tenant_id TEXT PRIMARY KEY REFERENCES tenants (id) ON DELETE CASCADE,
  cursor TEXT,
  requested_at TEXT,
  pulled_at TEXT,
  status TEXT NOT NULL DEFAULT 'pending',
  error TEXT
);
