-- Results prepared by an officer and waiting for the licensor's authorized person's signature in the browser (issue 15):
-- the unsigned document exactly as prepared (the signed one must equal it without its signature), the decision's
-- parameters (the number taken, the ground and motivation), who prepared it and until when it may be signed.
CREATE TABLE pending_result (
    token          VARCHAR(64)              NOT NULL PRIMARY KEY,
    subject        VARCHAR(40)              NOT NULL,
    kind           VARCHAR(20)              NOT NULL,
    provider_code  VARCHAR(40)              NOT NULL,
    document       BYTEA                    NOT NULL,
    parameters     VARCHAR(8000)            NOT NULL,
    officer        VARCHAR(100)             NOT NULL,
    prepared_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

-- one pending result per application or license: preparing again returns it (or replaces it)
CREATE UNIQUE INDEX pending_result_subject_idx ON pending_result (subject);
