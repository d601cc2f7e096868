-- Optimistic locking of licenses (docs/license-registry.md, "No lost updates"): every change writes the license's
-- row with the version it read, so of two transactions changing one license (two re-issues of one base, a suspension
-- racing a re-issue) the second to write fails instead of overwriting the first.
-- changed_at: when the registry entry last changed. Every change sets it, also those that otherwise only add rows
-- beside the license (a duplicate, an object), so every change moves the version.
-- V21-V24 are left to branches that worked in parallel (db/README.md). Same script for PostgreSQL and H2.
ALTER TABLE license ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE license ADD COLUMN changed_at TIMESTAMP WITH TIME ZONE;
UPDATE license SET changed_at = COALESCE(
    (SELECT MAX(e.occurred_at) FROM license_event e WHERE e.license_id = license.id), issued_at);
ALTER TABLE license ALTER COLUMN changed_at SET NOT NULL;
