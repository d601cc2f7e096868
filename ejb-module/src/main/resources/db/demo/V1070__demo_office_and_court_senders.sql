-- Issue 13: the demo portal (PORTAL) is an integration, not an officer or a court. It loses the walk-in serviceIds
-- and ELICENSE_ChangeLicense that V1006 and V1011 lent it; separate demo senders hold them:
--   OFFICE_DP_ALMATY / office-demo-pass    the Almaty police department's office system, bound to DP_ALMATY: sends
--                                          its officers' walk-ins (officer1, officer2, head1), sees DP_ALMATY's
--                                          applications, changes DP_ALMATY's licenses
--   OFFICE_AGRI_ALMATY / office-demo-pass  the same for AGRI_ALMATY_REGION (agri1)
--   OFFICE_MVD / office-demo-pass          the same for MVD_ADMIN_POLICE (mvd1)
--   COURT / court-demo-pass                a court's system (kind AUTHORITY): decisions on any license
-- They sign with the sandbox's portal system key (data/keys/portal-system.p12, BIN and CN bound as for PORTAL in
-- V1003): the sandbox issues no other system keys; in production each system registers its own certificate.
DELETE FROM sender_right WHERE sender_id = 'PORTAL'
    AND service_id IN ('ELICENSE_LookupApplicant', 'ELICENSE_RegisterWalkIn', 'ELICENSE_ChangeLicense');

INSERT INTO sender (sender_id, password_hash, enabled, certificate_bin, certificate_cn, sender_kind) VALUES
    ('OFFICE_DP_ALMATY', 'pbkdf2-sha256$120000$qCeHI8uUUfJpTtX9K5dc/g==$Z1x2LM6dBQCV94IdWWkkcy4zmNbEWegXKAXhxhpw8wQ=',
     TRUE, '091240000015', 'PORTAL', 'SYSTEM'),
    ('OFFICE_AGRI_ALMATY', 'pbkdf2-sha256$120000$qCeHI8uUUfJpTtX9K5dc/g==$Z1x2LM6dBQCV94IdWWkkcy4zmNbEWegXKAXhxhpw8wQ=',
     TRUE, '091240000015', 'PORTAL', 'SYSTEM'),
    ('OFFICE_MVD', 'pbkdf2-sha256$120000$qCeHI8uUUfJpTtX9K5dc/g==$Z1x2LM6dBQCV94IdWWkkcy4zmNbEWegXKAXhxhpw8wQ=',
     TRUE, '091240000015', 'PORTAL', 'SYSTEM'),
    ('COURT', 'pbkdf2-sha256$120000$n5J1L8T6hhfHztmWjDBk8A==$JeUcNxNdIfvwigFzgIxK//U+/GgKnrfn2x66YVmvtqU=',
     TRUE, '091240000015', 'PORTAL', 'AUTHORITY');
INSERT INTO sender_provider (sender_id, provider_code) VALUES
    ('OFFICE_DP_ALMATY', 'DP_ALMATY'),
    ('OFFICE_AGRI_ALMATY', 'AGRI_ALMATY_REGION'),
    ('OFFICE_MVD', 'MVD_ADMIN_POLICE');
INSERT INTO sender_right (sender_id, service_id) VALUES
    ('OFFICE_DP_ALMATY', 'ELICENSE_LookupApplicant'),
    ('OFFICE_DP_ALMATY', 'ELICENSE_RegisterWalkIn'),
    ('OFFICE_DP_ALMATY', 'ELICENSE_GetApplicationStatus'),
    ('OFFICE_DP_ALMATY', 'ELICENSE_GetResult'),
    ('OFFICE_DP_ALMATY', 'ELICENSE_VerifyLicense'),
    ('OFFICE_DP_ALMATY', 'ELICENSE_ChangeLicense'),
    ('OFFICE_AGRI_ALMATY', 'ELICENSE_LookupApplicant'),
    ('OFFICE_AGRI_ALMATY', 'ELICENSE_RegisterWalkIn'),
    ('OFFICE_AGRI_ALMATY', 'ELICENSE_GetApplicationStatus'),
    ('OFFICE_AGRI_ALMATY', 'ELICENSE_GetResult'),
    ('OFFICE_AGRI_ALMATY', 'ELICENSE_VerifyLicense'),
    ('OFFICE_AGRI_ALMATY', 'ELICENSE_ChangeLicense'),
    ('OFFICE_MVD', 'ELICENSE_LookupApplicant'),
    ('OFFICE_MVD', 'ELICENSE_RegisterWalkIn'),
    ('OFFICE_MVD', 'ELICENSE_GetApplicationStatus'),
    ('OFFICE_MVD', 'ELICENSE_GetResult'),
    ('COURT', 'ELICENSE_ChangeLicense'),
    ('COURT', 'ELICENSE_VerifyLicense');
