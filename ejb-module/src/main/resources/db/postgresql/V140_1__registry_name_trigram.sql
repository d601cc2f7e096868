-- The registry's holder-name search is a case-insensitive substring (LOWER(holder_name) LIKE '%...%'): trigram GIN
-- indexes (pg_trgm, in PostgreSQL's contrib, a trusted extension: the database's owner may create it) answer it from
-- the index instead of reading every license (issue 16, item 4). H2 has no trigrams and scans; its data is small.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX license_holder_name_trgm_idx ON license USING gin (LOWER(holder_name) gin_trgm_ops);
CREATE INDEX license_holder_name_kz_trgm_idx ON license USING gin (LOWER(holder_name_kz) gin_trgm_ops);
