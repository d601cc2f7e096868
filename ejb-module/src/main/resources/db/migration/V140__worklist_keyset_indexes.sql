-- The worklist's keyset pagination over a year of data (issue 16, item 4): each sort's index ends with the number, the
-- tie-break, so the page after a cursor is one index range read in order (no sort of the provider's rows). They
-- replace V80's deadline, receipt and status indexes, which lacked the number.
CREATE INDEX application_keyset_deadline_idx ON application (provider_code, deadline, app_number);
CREATE INDEX application_keyset_received_idx ON application (provider_code, received_at, app_number);
CREATE INDEX application_keyset_status_idx ON application (provider_code, status, deadline, app_number);
-- the NEARING/OVERDUE filter, by deadline
CREATE INDEX application_keyset_mark_idx ON application (provider_code, deadline_mark, deadline, app_number);
DROP INDEX application_worklist_deadline_idx;
DROP INDEX application_worklist_received_idx;
DROP INDEX application_worklist_status_idx;
-- V80's assignee index repeats V10's application_assigned_idx (provider_code, assigned_officer)
DROP INDEX application_worklist_assignee_idx;
