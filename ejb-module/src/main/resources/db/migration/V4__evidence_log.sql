-- Evidence log: every message in and out (exact bytes), every validation report and every signed decision, in an
-- append-only table whose rows are hash-chained (kz.elicensing.domain.evidence.EvidenceChain describes the row hash).
-- The application only ever inserts here; on PostgreSQL a trigger (db/postgresql/V4_1) refuses UPDATE and DELETE.
CREATE TABLE evidence_entry (
    seq            BIGINT        PRIMARY KEY,
    recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    direction      VARCHAR(10)   NOT NULL,
    kind           VARCHAR(30)   NOT NULL,
    channel        VARCHAR(200),
    message_id     VARCHAR(200),
    sender_id      VARCHAR(200),
    app_number     VARCHAR(40),
    content        BYTEA         NOT NULL,
    content_sha256 VARCHAR(64)   NOT NULL,
    prev_hash      VARCHAR(64)   NOT NULL,
    row_hash       VARCHAR(64)   NOT NULL
);
CREATE INDEX evidence_entry_app_idx ON evidence_entry (app_number, seq);

-- The chain's head: the last seq and row hash. Every append locks this one row (SELECT ... FOR UPDATE) until its
-- transaction ends, so appends are strictly serialized, also between servers on one database.
CREATE TABLE evidence_head (
    id        INTEGER     PRIMARY KEY,
    last_seq  BIGINT      NOT NULL,
    last_hash VARCHAR(64) NOT NULL,
    CONSTRAINT evidence_head_one_row CHECK (id = 1)
);
INSERT INTO evidence_head (id, last_seq, last_hash)
    VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- Administrators (role admin: verify the chain, export evidence) sign in through the officer table like officers,
-- but work for no provider.
ALTER TABLE officer ALTER COLUMN provider_code DROP NOT NULL;
ALTER TABLE officer ADD CONSTRAINT officer_provider_required CHECK (provider_code IS NOT NULL OR officer_role = 'admin');
