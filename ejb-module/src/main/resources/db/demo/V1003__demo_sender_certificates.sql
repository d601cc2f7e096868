-- Demo senders sign with the sandbox's system keys (data/keys/portal-system.p12, pep-system.p12): bound by BIN and CN,
-- not pinned, so a sandbox that re-issues its keys keeps working.
UPDATE sender SET certificate_bin = '091240000015', certificate_cn = 'PORTAL' WHERE sender_id = 'PORTAL';
UPDATE sender SET certificate_bin = '051240000028', certificate_cn = 'PEP' WHERE sender_id = 'PEP';
