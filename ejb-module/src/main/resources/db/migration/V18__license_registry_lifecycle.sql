-- The license registry's lifecycle (README "License registry"): the lineage of re-issues, duplicates, branches and
-- objects, and every change kept with who, when and why. Same script for PostgreSQL and H2 (PostgreSQL mode).
CREATE SEQUENCE license_event_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE license_object_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE license_duplicate_seq START WITH 50 INCREMENT BY 50;

-- base_number: the license this one re-issued; successor_number: the one that re-issued (replaced) it
ALTER TABLE license ADD COLUMN base_number VARCHAR(15);
ALTER TABLE license ADD COLUMN successor_number VARCHAR(15);
ALTER TABLE license ADD COLUMN activity_subtypes VARCHAR(2000);
-- the license a re-issue or duplicate application is about
ALTER TABLE application ADD COLUMN base_license_number VARCHAR(15);

CREATE TABLE license_event (
    id              BIGINT PRIMARY KEY,
    license_id      BIGINT        NOT NULL REFERENCES license (id),
    action          VARCHAR(20)   NOT NULL,
    status_after    VARCHAR(20)   NOT NULL,
    occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    basis           VARCHAR(20)   NOT NULL,
    actor           VARCHAR(200)  NOT NULL,
    reason          VARCHAR(2000),
    decision_number VARCHAR(100),
    decision_date   DATE,
    decision_body   VARCHAR(500),
    CONSTRAINT license_event_basis_check CHECK (basis IN ('SYSTEM', 'OFFICER', 'COURT', 'AUTHORITY'))
);
CREATE INDEX license_event_license_idx ON license_event (license_id);

CREATE TABLE license_object (
    id          BIGINT PRIMARY KEY,
    license_id  BIGINT        NOT NULL REFERENCES license (id),
    address     VARCHAR(1000) NOT NULL,
    description VARCHAR(1000),
    added_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    removed_at  TIMESTAMP WITH TIME ZONE
);
CREATE INDEX license_object_license_idx ON license_object (license_id);

CREATE TABLE license_duplicate (
    id              BIGINT PRIMARY KEY,
    license_id      BIGINT      NOT NULL REFERENCES license (id),
    app_number      VARCHAR(30) NOT NULL REFERENCES application (app_number),
    issued_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    signed_document BYTEA       NOT NULL
);
CREATE INDEX license_duplicate_license_idx ON license_duplicate (license_id);
