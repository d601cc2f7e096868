-- Issue 15 item 1: the persons a licensor (provider) authorizes to sign its results (licenses, refusals, orders and the
-- registry actions that are signed) with their own key of the national CA, in the browser through NCALayer. A result
-- is issued only if its signer's IIN is here for the licensor, valid on the signing day (Asia/Almaty), and the
-- certificate's OU=BIN is the licensor's BIN. Administered in the workbench (admin_change area AUTHORIZED_PERSON).
CREATE SEQUENCE authorized_person_seq START WITH 1000;
CREATE TABLE authorized_person (
    id             BIGINT        PRIMARY KEY,
    provider_code  VARCHAR(40)   NOT NULL REFERENCES provider (code),
    iin            CHAR(12)      NOT NULL,
    surname        VARCHAR(100)  NOT NULL,
    given_name     VARCHAR(100)  NOT NULL,
    patronymic     VARCHAR(100),
    position_ru    VARCHAR(300)  NOT NULL,
    position_kz    VARCHAR(300)  NOT NULL,
    valid_from     DATE          NOT NULL,
    valid_to       DATE,
    CONSTRAINT authorized_person_dates CHECK (valid_to IS NULL OR valid_to >= valid_from),
    CONSTRAINT authorized_person_once UNIQUE (provider_code, iin, valid_from)
);
CREATE INDEX authorized_person_provider_iin ON authorized_person (provider_code, iin);
