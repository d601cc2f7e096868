-- Issue 12 item 6: the branches or objects an application names (carried into its license), the reorganisation a
-- re-issue to a successor names, and the services provided only through the portal (no walk-in).
CREATE SEQUENCE application_object_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE application_object (
    id             BIGINT PRIMARY KEY,
    application_id BIGINT        NOT NULL REFERENCES application (id),
    address        VARCHAR(1000) NOT NULL,
    description    VARCHAR(1000)
);
CREATE INDEX application_object_application_idx ON application_object (application_id);

ALTER TABLE application ADD COLUMN reorganisation VARCHAR(20);
ALTER TABLE application ADD CONSTRAINT application_reorganisation_check
    CHECK (reorganisation IS NULL OR reorganisation IN ('MERGER', 'ACCESSION', 'TRANSFORMATION', 'DIVISION', 'SPIN_OFF'));

-- seed 003 §1: service 8's documents are received and its result given through the portal only
ALTER TABLE license_service ADD COLUMN portal_only BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE license_service SET portal_only = TRUE WHERE code = 'TRAINING_CENTER';
