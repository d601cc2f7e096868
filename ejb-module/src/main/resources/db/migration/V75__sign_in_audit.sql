-- Issue 13 item 8: the audit of failed sign-ins and lockouts, of senders (SOAP password) and of officers/admins
-- (the sign-in form). Written by JpaSignInAudit, read by admins (docs/operations.md "Sign-in lockouts").
CREATE SEQUENCE sign_in_audit_seq START WITH 1;
CREATE TABLE sign_in_audit (
    id          BIGINT       PRIMARY KEY,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    realm       VARCHAR(10)  NOT NULL,
    principal   VARCHAR(200),
    outcome     VARCHAR(10)  NOT NULL,
    address     VARCHAR(200),
    detail      VARCHAR(200),
    CONSTRAINT sign_in_audit_realm CHECK (realm IN ('SENDER', 'OFFICER')),
    CONSTRAINT sign_in_audit_outcome CHECK (outcome IN ('FAILED', 'LOCKED'))
);
CREATE INDEX sign_in_audit_principal ON sign_in_audit (realm, principal, occurred_at);
