-- The SLA summary over a year of data (issue 16, item 4): its two queries (JdbcSlaStore: counts per service, decided
-- spans per service, registration and decision day) read a provider's applications from this index alone (an index-only
-- scan, no table rows). It replaces V85's (provider_code, service_code, decided_on), which it begins with.
CREATE INDEX application_sla_idx ON application (provider_code, service_code, decided_on, registered_on, deadline, status);
DROP INDEX application_provider_service_idx;
