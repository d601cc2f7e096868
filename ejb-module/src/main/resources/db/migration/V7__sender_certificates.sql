-- Which certificate signs a sender's ShEP messages (WS-Security, contracts.md §1): the organisation's BIN (OU=BIN...)
-- and the certificate's CN, both required to match; optionally pinned to one certificate by its SHA-256 fingerprint
-- (lower-case hex of the DER encoding). A sender without a BIN cannot send: every message must be signed.
ALTER TABLE sender ADD COLUMN certificate_bin VARCHAR(12);
ALTER TABLE sender ADD COLUMN certificate_cn VARCHAR(200);
ALTER TABLE sender ADD COLUMN certificate_sha256 VARCHAR(64);
