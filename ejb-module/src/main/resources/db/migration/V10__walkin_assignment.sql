-- Walk-in applications (channel 2) and assignment (issue 6). Same script for PostgreSQL and H2 (PostgreSQL mode).

-- PORTAL: the applicant's signed application (channel 1); OFFICER: an officer registered a walk-in applicant (channel 2)
ALTER TABLE application ADD COLUMN channel VARCHAR(20) DEFAULT 'PORTAL' NOT NULL;
ALTER TABLE application ADD CONSTRAINT application_channel_check CHECK (channel IN ('PORTAL', 'OFFICER'));
-- the officer the head of the office assigned it to (NULL: unassigned, every officer of the provider sees it)
ALTER TABLE application ADD COLUMN assigned_officer VARCHAR(100) REFERENCES officer (username);
-- codes of the required documents the officer marked as presented on paper (comma-separated; walk-in only)
ALTER TABLE application ADD COLUMN paper_documents VARCHAR(2000);
-- a walk-in application carries no applicant signature, so no signer
ALTER TABLE application ALTER COLUMN signer_iin DROP NOT NULL;
CREATE INDEX application_assigned_idx ON application (provider_code, assigned_officer);

-- the scans of the paper documents: type proven by the first bytes, SHA-256 of the bytes kept beside them
CREATE SEQUENCE application_scan_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE application_scan (
    id             BIGINT PRIMARY KEY,
    application_id BIGINT        NOT NULL REFERENCES application (id),
    document_code  VARCHAR(60)   NOT NULL,
    file_name      VARCHAR(255)  NOT NULL,
    content_type   VARCHAR(40)   NOT NULL,
    size_bytes     BIGINT        NOT NULL,
    sha256         VARCHAR(64)   NOT NULL,
    content        BYTEA         NOT NULL,
    CONSTRAINT application_scan_type_check CHECK (content_type IN ('application/pdf', 'image/jpeg', 'image/png'))
);
CREATE INDEX application_scan_application_idx ON application_scan (application_id);
