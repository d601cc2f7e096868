-- Issue 16, cut 1: each byte sequence of the evidence log is stored once, under its SHA-256 (the content_sha256 the
-- row hash already covers), deflated when that pays (kz.elicensing.infrastructure.persistence.StoredBytes). New
-- evidence_entry rows leave content null and name their content by content_sha256; older rows keep theirs.
CREATE TABLE evidence_content (
    sha256     VARCHAR(64) PRIMARY KEY,
    size_bytes INTEGER     NOT NULL,
    content    BYTEA       NOT NULL
);
ALTER TABLE evidence_entry ALTER COLUMN content DROP NOT NULL;
