-- Versions for the isolate caches. Every change of a tenant row (settings, secrets, credentials) bumps
-- `version`; every change of its trained models bumps `models_version`. Requests read the version in a query
-- they make anyway and use what an isolate derived from the row (decrypted secrets, parsed models) only while
-- it matches. Triggers keep the counters right for every writer, present and future.
ALTER TABLE tenants ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE tenants ADD COLUMN models_version INTEGER NOT NULL DEFAULT 0;

CREATE TRIGGER tenants_bump_version AFTER UPDATE ON tenants
WHEN NEW.version = OLD.version AND NEW.models_version = OLD.models_version
BEGIN
  UPDATE tenants SET version = OLD.version + 1 WHERE id = NEW.id;
END;

CREATE TRIGGER models_bump_version_on_insert AFTER INSERT ON models
BEGIN
  UPDATE tenants SET models_version = models_version + 1 WHERE id = NEW.tenant_id;
END;

CREATE TRIGGER models_bump_version_on_update AFTER UPDATE ON models
BEGIN
  UPDATE tenants SET models_version = models_version + 1 WHERE id = NEW.tenant_id;
END;

CREATE TRIGGER models_bump_version_on_delete AFTER DELETE ON models
BEGIN
  UPDATE tenants SET models_version = models_version + 1 WHERE id = OLD.tenant_id;
END;
