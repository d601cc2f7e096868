-- The SLA summary's open applications (V200): per service, how many are open and how many of them are past their
-- deadline on today's date. A partial index of the open ones (no decision day, not closed) gives them per provider and
-- service without reading the provider's decided year (PostgreSQL matches it to JdbcSlaStore's identical condition;
-- H2 has no partial indexes and reads its provider index).
CREATE INDEX application_sla_open_idx ON application (provider_code, service_code, deadline)
    WHERE decided_on IS NULL AND status NOT IN ('ISSUED', 'REFUSED');

-- sla_delta (V200) rows are inserted by a deciding transaction and deleted by the folder; nobody changes one.
CREATE FUNCTION sla_delta_no_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'sla_delta rows are never changed: % refused', TG_OP;
END;
$$;

CREATE TRIGGER sla_delta_no_update BEFORE UPDATE ON sla_delta
    FOR EACH ROW EXECUTE FUNCTION sla_delta_no_update();
