-- The helpdesk's satisfaction ratings, one row per rating (a rating read twice is stored once; a changed score
-- replaces the old one, the day stays the first read's), with whether Deskmate answered the rated ticket
-- automatically (an `auto_replied` decision in the audit log when the rating was read).
CREATE TABLE csat_ratings (
  tenant_id TEXT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  rating_id TEXT NOT NULL,
  ticket_id TEXT NOT NULL,
  day TEXT NOT NULL,
  good INTEGER NOT NULL,
  auto INTEGER NOT NULL,
  PRIMARY KEY (tenant_id, rating_id)
) WITHOUT ROWID;
CREATE INDEX csat_ratings_day ON csat_ratings (tenant_id, day);

-- The ratings' counts per day, recounted from csat_ratings for the days a pull touched (in the same batch), so
-- the analytics read at most one row per day whatever the number of ratings.
CREATE TABLE csat_daily (
  tenant_id TEXT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  day TEXT NOT NULL,
  auto_good INTEGER NOT NULL,
  auto_bad INTEGER NOT NULL,
  human_good INTEGER NOT NULL,
  human_bad INTEGER NOT NULL,
  PRIMARY KEY (tenant_id, day)
) WITHOUT ROWID;

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
