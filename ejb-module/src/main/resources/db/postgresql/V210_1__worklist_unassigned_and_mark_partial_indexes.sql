-- The worklist over a year of data, the two reads V140_2 and V141_1 left unbounded (issue 16, item 4):
-- an officer's unassigned applications: PostgreSQL takes "assigned_officer IS NULL" as an index condition but not as
-- an equality that keeps the next columns in order, so V141_1's index gave every unassigned open row, then a sort.
-- A partial index of the unassigned open ones gives them in deadline order.
CREATE INDEX application_open_unassigned_deadline_idx ON application (provider_code, deadline, app_number)
    WHERE assigned_officer IS NULL AND status IN ('REGISTERED', 'CHECKING', 'CHECK_FAILED', 'IN_REVIEW');
-- The NEARING / OVERDUE filter (the mark of an open application): V140's mark index holds every application, so the
-- first page walked the provider's decided-late ones to find the open, and the count read every open row's mark from
-- the table. Of the open ones only, it is one range in deadline order, and the count reads the index alone.
CREATE INDEX application_open_mark_deadline_idx ON application (provider_code, deadline_mark, deadline, app_number)
    WHERE status IN ('REGISTERED', 'CHECKING', 'CHECK_FAILED', 'IN_REVIEW');
