-- PostgreSQL only (DatabaseMigrator adds this location on PostgreSQL): the evidence log refuses UPDATE, DELETE and
-- TRUNCATE from anyone. A superuser can still switch triggers off; the hash chain then shows what was changed.
CREATE FUNCTION evidence_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'evidence_entry is append-only: % refused', TG_OP;
END;
$$;

CREATE TRIGGER evidence_entry_no_change BEFORE UPDATE OR DELETE ON evidence_entry
    FOR EACH ROW EXECUTE FUNCTION evidence_entry_append_only();
CREATE TRIGGER evidence_entry_no_truncate BEFORE TRUNCATE ON evidence_entry
    FOR EACH STATEMENT EXECUTE FUNCTION evidence_entry_append_only();
