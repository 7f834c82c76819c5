-- Retrieval that scales per tenant. The full-text index no longer holds every tenant's words in the same terms:
-- each indexed word carries its tenant's prefix (lower(hex(tenant_id)) || 'x', the language token
-- lower(hex(tenant_id)) || 'y' || language), so a search reads its own tenant's postings only. The index is
-- contentless (the article text lives in kb_articles once) and keyed by kb_articles.doc, so an update deletes
-- one index row by key instead of scanning. kb_terms holds each tenant's document frequencies, from which a
-- search picks its rarest query terms within a bounded number of postings.

-- Articles get a stable integer key (the index's rowid) and a revision for optimistic concurrency.
CREATE TABLE kb_articles_next (
  doc INTEGER PRIMARY KEY,
  tenant_id TEXT NOT NULL,
  id TEXT NOT NULL,
  title TEXT NOT NULL,
  body TEXT NOT NULL,
  locale TEXT NOT NULL,
  url TEXT,
  examples_json TEXT NOT NULL DEFAULT '[]',
  updated_at TEXT NOT NULL,
  revision INTEGER NOT NULL DEFAULT 0,
  UNIQUE (tenant_id, id)
);

INSERT INTO kb_articles_next (doc, tenant_id, id, title, body, locale, url, examples_json, updated_at)
SELECT rowid, tenant_id, id, title, body, locale, url, examples_json, updated_at FROM kb_articles;

CREATE VIRTUAL TABLE kb_index USING fts5(
  lang,
  title,
  body,
  examples,
  content = '',
  contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2'
);

-- The old index already holds normalized, stemmed words separated by single spaces; apostrophes (the only
-- other separator it can contain) become spaces, then every word gets its tenant's prefix.
INSERT INTO kb_index (rowid, lang, title, body, examples)
SELECT
  a.doc,
  lower(hex(f.tenant_id)) || 'y' || f.lang,
  CASE WHEN f.title = '' THEN '' ELSE lower(hex(f.tenant_id)) || 'x' ||
    replace(replace(replace(f.title, '''', ' '), '’', ' '), ' ', ' ' || lower(hex(f.tenant_id)) || 'x') END,
  CASE WHEN f.body = '' THEN '' ELSE lower(hex(f.tenant_id)) || 'x' ||
    replace(replace(replace(f.body, '''', ' '), '’', ' '), ' ', ' ' || lower(hex(f.tenant_id)) || 'x') END,
  CASE WHEN f.examples = '' THEN '' ELSE lower(hex(f.tenant_id)) || 'x' ||
    replace(replace(replace(f.examples, '''', ' '), '’', ' '), ' ', ' ' || lower(hex(f.tenant_id)) || 'x') END
FROM kb_articles_fts f
JOIN kb_articles_next a ON a.tenant_id = f.tenant_id AND a.id = f.article_id;

DROP TABLE kb_articles_fts;
DROP TABLE kb_articles;
ALTER TABLE kb_articles_next RENAME TO kb_articles;
CREATE INDEX kb_articles_tenant_locale ON kb_articles (tenant_id, locale);

-- Per tenant: in how many articles each indexed word occurs; the empty term counts the articles themselves.
CREATE TABLE kb_terms (
  tenant_id TEXT NOT NULL,
  term TEXT NOT NULL,
  df INTEGER NOT NULL,
  PRIMARY KEY (tenant_id, term)
) WITHOUT ROWID;

-- Filled once from the new index: a word token is <hex of the tenant id>x<word>, and hex digits contain no x.
CREATE VIRTUAL TABLE kb_index_vocab USING fts5vocab(kb_index, 'row');

INSERT INTO kb_terms (tenant_id, term, df)
SELECT t.tenant_id, substr(v.term, length(t.prefix) + 1), v.doc
FROM (SELECT DISTINCT tenant_id, lower(hex(tenant_id)) || 'x' AS prefix FROM kb_articles) t
JOIN kb_index_vocab v ON v.term > t.prefix AND v.term < t.prefix || char(1114111)
WHERE substr(v.term, 1, length(t.prefix)) = t.prefix;

DROP TABLE kb_index_vocab;

INSERT INTO kb_terms (tenant_id, term, df)
SELECT tenant_id, '', COUNT(*) FROM kb_articles GROUP BY tenant_id;
