-- The SLA summary over a year of data (issue 16, item 4): a rollup of the decided applications per provider, service
-- and day, so that the summary reads a few rows per service and day instead of every application the provider ever
-- had. Kept exact in the transaction that decides an application (SlaRollupListener, an EclipseLink descriptor event
-- on LicenseApplication: whenever decided_on is written); the open applications are not rolled up (their counts
-- depend on today's date and they are a bounded few, read by the partial index of postgresql/V180_1).
-- Per (provider, service, day):
--   decided      the applications decided on that day (decided_on = day);
--   on_time      of those, decided on or before their deadline;
--   span_ends    of those, registered on or before that day (their span from registration to decision is counted);
--   span_starts  the decided applications registered on that day and decided on or after it (the same spans' starts).
-- The summary's days from registration to decision (working and calendar days) are the sum over span_ends of each
-- day's position in the calendar minus the same sum over span_starts: exact, and read with today's calendar.
-- A row of zeros keeps a service in the summary that has only closed applications without a decision day (rows older
-- than V19's decided_on), as the summary over the applications themselves listed it.
CREATE TABLE sla_rollup (
    provider_code VARCHAR(40) NOT NULL,
    service_code  VARCHAR(40) NOT NULL,
    on_day        DATE        NOT NULL,
    decided       INTEGER     NOT NULL,
    on_time       INTEGER     NOT NULL,
    span_ends     INTEGER     NOT NULL,
    span_starts   INTEGER     NOT NULL,
    CONSTRAINT sla_rollup_pk PRIMARY KEY (provider_code, service_code, on_day)
);

-- the applications already in the database (the same statement fills a generated year: scripts/year-of-data.sql)
INSERT INTO sla_rollup (provider_code, service_code, on_day, decided, on_time, span_ends, span_starts)
SELECT provider_code, service_code, on_day, SUM(decided), SUM(on_time), SUM(span_ends), SUM(span_starts)
FROM (SELECT provider_code, service_code, decided_on AS on_day, 1 AS decided,
             CASE WHEN decided_on <= deadline THEN 1 ELSE 0 END AS on_time,
             CASE WHEN registered_on <= decided_on THEN 1 ELSE 0 END AS span_ends, 0 AS span_starts
      FROM application WHERE decided_on IS NOT NULL
      UNION ALL
      SELECT provider_code, service_code, registered_on, 0, 0, 0, 1
      FROM application WHERE decided_on IS NOT NULL AND registered_on <= decided_on
      UNION ALL
      SELECT provider_code, service_code, registered_on, 0, 0, 0, 0
      FROM application WHERE decided_on IS NULL AND status IN ('ISSUED', 'REFUSED')) x
GROUP BY provider_code, service_code, on_day;

-- V142's covering index of every application served only the summary's scan of them, which the rollup replaces
DROP INDEX application_sla_idx;
