-- An officer's worklist over a year of data (issue 16, item 4): "unassigned or mine" is read as two queries, the
-- officer's own and the unassigned (JpaWorklistStore.split), each one range of this index in deadline order, ending
-- with the number for the keyset. It replaces V10's (provider_code, assigned_officer), which it begins with.
CREATE INDEX application_assignee_deadline_idx ON application (provider_code, assigned_officer, deadline, app_number);
DROP INDEX application_assigned_idx;
