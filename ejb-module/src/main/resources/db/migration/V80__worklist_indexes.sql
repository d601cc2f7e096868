-- The officer's worklist (issue 14): filtered, sorted and paged by the database. The provider's applications by
-- status and deadline (the default view), by deadline, by receipt time, and the assigned officer's own ones.
CREATE INDEX application_worklist_status_idx ON application (provider_code, status, deadline);
CREATE INDEX application_worklist_deadline_idx ON application (provider_code, deadline);
CREATE INDEX application_worklist_received_idx ON application (provider_code, received_at);
CREATE INDEX application_worklist_assignee_idx ON application (provider_code, assigned_officer);
