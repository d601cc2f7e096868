-- Issue 12 item 9: notices to the applicant through the portal (PORTAL_Notification) ride the same outbox as the
-- checks. A notice row names what it tells (subject: REGISTERED, IN_REVIEW, ISSUED, REFUSED, OVERDUE) and when the
-- change was made; check rows leave both empty.
ALTER TABLE outbox_message ADD COLUMN subject VARCHAR(40);
ALTER TABLE outbox_message ADD COLUMN occurred_at TIMESTAMP WITH TIME ZONE;
