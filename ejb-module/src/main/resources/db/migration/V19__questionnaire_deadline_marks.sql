-- The quality questionnaire (appendix 3 of Reg. 002 and 004): once per application, two questions, three levels.
CREATE TABLE questionnaire (
    app_number          VARCHAR(30)  PRIMARY KEY REFERENCES application (app_number),
    provider_code       VARCHAR(40)  NOT NULL,
    service_code        VARCHAR(40)  NOT NULL,
    process_quality     VARCHAR(20)  NOT NULL,
    information_quality VARCHAR(20)  NOT NULL,
    answered_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    sender_id           VARCHAR(100) NOT NULL,
    CONSTRAINT questionnaire_levels_check CHECK (
        process_quality IN ('NOT_SATISFIED', 'PARTLY_SATISFIED', 'SATISFIED')
        AND information_quality IN ('NOT_SATISFIED', 'PARTLY_SATISFIED', 'SATISFIED'))
);
CREATE INDEX questionnaire_provider_service_idx ON questionnaire (provider_code, service_code);

-- Deadlines watched (README "Deadlines"): the mark the timer last gave an open application, and when it was decided.
ALTER TABLE application ADD COLUMN deadline_mark VARCHAR(20);
ALTER TABLE application ADD COLUMN decided_on DATE;
