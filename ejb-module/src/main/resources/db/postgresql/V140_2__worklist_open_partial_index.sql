-- The default worklist (the open applications by deadline) over a year of data: the open ones are a few percent of a
-- provider's rows, and no index of all rows gives them in deadline order. A partial index of the open ones does
-- (PostgreSQL matches it to the query's "status IN (the open statuses)"; H2 has no partial indexes).
CREATE INDEX application_open_deadline_idx ON application (provider_code, deadline, app_number)
    WHERE status IN ('REGISTERED', 'CHECKING', 'CHECK_FAILED', 'IN_REVIEW');
