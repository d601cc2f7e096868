-- PostgreSQL only: evidence_content (V155) is append-only like evidence_entry (V4_1), with the same function.
CREATE TRIGGER evidence_content_no_change BEFORE UPDATE OR DELETE ON evidence_content
    FOR EACH ROW EXECUTE FUNCTION evidence_entry_append_only();
CREATE TRIGGER evidence_content_no_truncate BEFORE TRUNCATE ON evidence_content
    FOR EACH STATEMENT EXECUTE FUNCTION evidence_entry_append_only();
