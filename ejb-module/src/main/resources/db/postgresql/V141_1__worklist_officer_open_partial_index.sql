-- The officer's default worklist (the open ones by deadline, unassigned or mine): as V140_2 for the head, a partial
-- index of the open applications, here per assignee, so that each of the two queries reads a few index entries in
-- order instead of the provider's decided year (H2 has no partial indexes).
CREATE INDEX application_open_assignee_deadline_idx ON application (provider_code, assigned_officer, deadline, app_number)
    WHERE status IN ('REGISTERED', 'CHECKING', 'CHECK_FAILED', 'IN_REVIEW');
