-- Why an automated reply or draft note was allowed (article and confidence, category, sentiment, channel).
ALTER TABLE audit_log ADD COLUMN allowed_json TEXT NOT NULL DEFAULT '[]';
