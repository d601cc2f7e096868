-- PostgreSQL only: a pending evidence row (V160) is inserted by an append and deleted by the chainer when it moves it
-- into evidence_entry; nobody changes it in between.
CREATE FUNCTION evidence_pending_no_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'evidence_pending rows are never changed: % refused', TG_OP;
END;
$$;

CREATE TRIGGER evidence_pending_no_update BEFORE UPDATE ON evidence_pending
    FOR EACH ROW EXECUTE FUNCTION evidence_pending_no_update();
