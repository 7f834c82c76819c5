-- Knowledge-base articles per tenant, and their full-text index.
CREATE TABLE IF NOT EXISTS kb_articles (
  tenant_id TEXT NOT NULL,
  id TEXT NOT NULL,
  title TEXT NOT NULL,
  body TEXT NOT NULL,
  locale TEXT NOT NULL,
  url TEXT,
  examples_json TEXT NOT NULL DEFAULT '[]',
  updated_at TEXT NOT NULL,
  PRIMARY KEY (tenant_id, id)
);

CREATE INDEX IF NOT EXISTS kb_articles_tenant_locale ON kb_articles (tenant_id, locale);

-- Holds normalized (lowercased, diacritic-free, lightly stemmed) text written by the KB repository in the
-- same batch as the article row; tenant_id and article_id are stored but not tokenized.
CREATE VIRTUAL TABLE IF NOT EXISTS kb_articles_fts USING fts5(
  tenant_id UNINDEXED,
  article_id UNINDEXED,
  lang UNINDEXED,
  title,
  body,
  examples,
  tokenize = 'unicode61 remove_diacritics 2'
);
