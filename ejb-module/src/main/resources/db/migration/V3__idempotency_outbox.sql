-- Exactly once at the gateway (the same script runs on PostgreSQL and on H2 in PostgreSQL mode).

-- The idempotency ledger: one row per sender and messageId. A message is claimed by inserting its row (the primary
-- key lets one copy through); the row keeps the SHA-256 of serviceId + payload and, once answered, the answer.
-- A refused message's row is deleted, so nothing of it is kept.
CREATE TABLE received_message (
    sender_id      VARCHAR(100)  NOT NULL,
    message_id     VARCHAR(100)  NOT NULL,
    service_id     VARCHAR(100)  NOT NULL,
    content_sha256 VARCHAR(64)   NOT NULL,
    state          VARCHAR(20)   NOT NULL,
    claim_token    VARCHAR(40)   NOT NULL,
    claimed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    answered_at    TIMESTAMP WITH TIME ZONE,
    status_code    VARCHAR(100),
    status_message VARCHAR(1000),
    answer_payload BYTEA,
    CONSTRAINT received_message_pk PRIMARY KEY (sender_id, message_id)
);
CREATE INDEX received_message_claimed_idx ON received_message (claimed_at);

-- Outbox claims: a conditional update per row sets the lease (next_attempt_at), the claiming server and a new
-- version; settling a row names the version its claim set.
ALTER TABLE outbox_message ADD COLUMN claimed_by VARCHAR(200);
ALTER TABLE outbox_message ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
CREATE INDEX outbox_application_idx ON outbox_message (application_number, kind, state);
