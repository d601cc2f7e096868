-- The workbench's registry search and SLA summary run as SQL over a year of data (issue 14, items 4 and 5):
-- newest licenses first (all, or one licensor's), by service and status; a provider's applications per service and
-- decision day for the SLA. The license number (unique) and the holder (license_holder_idx) have theirs already.
CREATE INDEX license_issued_idx ON license (issued_at, id);
CREATE INDEX license_provider_issued_idx ON license (provider_code, issued_at);
CREATE INDEX license_service_status_idx ON license (service_code, status);
CREATE INDEX application_provider_service_idx ON application (provider_code, service_code, decided_on);
