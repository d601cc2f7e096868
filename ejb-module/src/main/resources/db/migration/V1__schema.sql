-- E-licensing schema. The same script runs on PostgreSQL and on H2 in PostgreSQL mode.

CREATE SEQUENCE application_number_seq START WITH 1;
CREATE SEQUENCE license_number_seq START WITH 1;
-- primary keys: EclipseLink pre-allocates 50 ids per sequence call
CREATE SEQUENCE application_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE application_event_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE license_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE payment_notice_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE outbox_message_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE provider (
    code        VARCHAR(40)  PRIMARY KEY,
    bin         VARCHAR(12)  NOT NULL,
    name_ru     VARCHAR(500) NOT NULL,
    name_kz     VARCHAR(500) NOT NULL
);

CREATE TABLE license_service (
    code                  VARCHAR(40)   PRIMARY KEY,
    title_ru              VARCHAR(500)  NOT NULL,
    title_kz              VARCHAR(500)  NOT NULL,
    provider_code         VARCHAR(40)   NOT NULL REFERENCES provider (code),
    applicant_kind        VARCHAR(20)   NOT NULL,
    signed_by_head        BOOLEAN       NOT NULL,
    fee                   NUMERIC(14,2) NOT NULL,
    deadline_working_days INTEGER       NOT NULL,
    license_series        VARCHAR(3)    NOT NULL
);

CREATE TABLE application (
    id                  BIGINT PRIMARY KEY,
    version             BIGINT        NOT NULL,
    app_number          VARCHAR(30)   NOT NULL UNIQUE,
    request_id          VARCHAR(100)  NOT NULL,
    service_code        VARCHAR(40)   NOT NULL REFERENCES license_service (code),
    provider_code       VARCHAR(40)   NOT NULL REFERENCES provider (code),
    operation           VARCHAR(20)   NOT NULL,
    lang                VARCHAR(2)    NOT NULL,
    applicant_kind      VARCHAR(20)   NOT NULL,
    applicant_id        VARCHAR(12)   NOT NULL,
    applicant_name      VARCHAR(1000),
    signer_iin          VARCHAR(12)   NOT NULL,
    activity_subtypes   VARCHAR(2000),
    payment_reference   VARCHAR(1000) NOT NULL,
    payment_amount      NUMERIC(14,2) NOT NULL,
    sender_id           VARCHAR(100)  NOT NULL,
    message_id          VARCHAR(100)  NOT NULL,
    status              VARCHAR(20)   NOT NULL,
    received_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    registered_on       DATE          NOT NULL,
    deadline            DATE          NOT NULL,
    applicant_confirmed BOOLEAN       NOT NULL,
    payment_confirmed   BOOLEAN       NOT NULL,
    signed_document     BYTEA         NOT NULL,
    validation_report   TEXT,
    result_kind         VARCHAR(20),
    result_document     BYTEA,
    refusal_code        VARCHAR(40),
    CONSTRAINT application_request_unique UNIQUE (applicant_id, request_id)
);
CREATE INDEX application_applicant_idx ON application (applicant_id);
CREATE INDEX application_provider_status_idx ON application (provider_code, status);

CREATE TABLE application_event (
    id             BIGINT PRIMARY KEY,
    application_id BIGINT       NOT NULL REFERENCES application (id),
    status         VARCHAR(20)  NOT NULL,
    occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_role     VARCHAR(20)  NOT NULL,
    actor          VARCHAR(200),
    note           VARCHAR(2000)
);
CREATE INDEX application_event_application_idx ON application_event (application_id);

CREATE TABLE license (
    id              BIGINT PRIMARY KEY,
    license_number  VARCHAR(15)  NOT NULL UNIQUE,
    app_number      VARCHAR(30)  NOT NULL REFERENCES application (app_number),
    service_code    VARCHAR(40)  NOT NULL,
    provider_code   VARCHAR(40)  NOT NULL,
    holder_id       VARCHAR(12)  NOT NULL,
    holder_name     VARCHAR(1000),
    status          VARCHAR(20)  NOT NULL,
    issued_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    signed_document BYTEA        NOT NULL
);
CREATE INDEX license_holder_idx ON license (holder_id);

CREATE TABLE payment_notice (
    id          BIGINT PRIMARY KEY,
    reference   VARCHAR(1000) NOT NULL UNIQUE,
    payer_id    VARCHAR(12)   NOT NULL,
    amount      NUMERIC(14,2) NOT NULL,
    budget_code VARCHAR(40),
    paid_at     TIMESTAMP WITH TIME ZONE,
    received_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE sender (
    sender_id     VARCHAR(100) PRIMARY KEY,
    password_hash VARCHAR(200) NOT NULL,
    enabled       BOOLEAN      NOT NULL
);

CREATE TABLE sender_right (
    sender_id  VARCHAR(100) NOT NULL REFERENCES sender (sender_id),
    service_id VARCHAR(100) NOT NULL,
    PRIMARY KEY (sender_id, service_id)
);

CREATE TABLE officer (
    username      VARCHAR(100) PRIMARY KEY,
    password_hash VARCHAR(200) NOT NULL,
    full_name     VARCHAR(500) NOT NULL,
    provider_code VARCHAR(40)  NOT NULL REFERENCES provider (code),
    officer_role  VARCHAR(40)  NOT NULL
);

CREATE TABLE outbox_message (
    id                 BIGINT PRIMARY KEY,
    message_id         VARCHAR(40)   NOT NULL UNIQUE,
    application_number VARCHAR(30)   NOT NULL,
    kind               VARCHAR(40)   NOT NULL,
    state              VARCHAR(20)   NOT NULL,
    attempts           INTEGER       NOT NULL,
    next_attempt_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    last_error         VARCHAR(2000)
);
CREATE INDEX outbox_due_idx ON outbox_message (state, next_attempt_at);
