-- Issue 16, cut 2: an append no longer takes the evidence_head lock. It inserts its record here, unchained, with its
-- content (packed, kz.elicensing.infrastructure.persistence.StoredBytes) and the content's SHA-256; one chainer at a
-- time (it alone locks evidence_head) moves committed rows, oldest id first, into evidence_entry with seq, prev_hash
-- and row_hash, stores each content once in evidence_content, advances the head and deletes the moved rows, in one
-- transaction. evidence_entry itself stays insert-only.
CREATE SEQUENCE evidence_pending_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE evidence_pending (
    id             BIGINT        PRIMARY KEY,
    recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    direction      VARCHAR(10)   NOT NULL,
    kind           VARCHAR(30)   NOT NULL,
    channel        VARCHAR(200),
    message_id     VARCHAR(200),
    sender_id      VARCHAR(200),
    app_number     VARCHAR(40),
    content        BYTEA         NOT NULL,
    content_sha256 VARCHAR(64)   NOT NULL
);
