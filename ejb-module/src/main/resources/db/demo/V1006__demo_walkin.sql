-- Demo data of the walk-in channel and assignment (issue 6).
-- A second officer of DP_ALMATY (officer2 / officer-demo-pass) and an officer of another provider
-- (agri1 / officer-demo-pass, Almaty region agriculture), so the boundary between providers shows; same bcrypt hash
-- as officer1 in V1000.
INSERT INTO officer (username, password_hash, full_name, provider_code, officer_role) VALUES
    ('officer2', '$2a$10$HcM71mEsYegX0.WOFun7Z.Xxcb9.VHtBfKyTk.RWf9qvmknC3yBku', 'Жақсыбекова Гүлнұр', 'DP_ALMATY', 'officer'),
    ('agri1',    '$2a$10$HcM71mEsYegX0.WOFun7Z.Xxcb9.VHtBfKyTk.RWf9qvmknC3yBku', 'Оспанов Қуаныш', 'AGRI_ALMATY_REGION', 'officer');

-- The integrations that register walk-in applications for officers (here the portal's demo sender, whose certificate
-- V1003 registers) may call the two walk-in serviceIds.
INSERT INTO sender_right (sender_id, service_id) VALUES
    ('PORTAL', 'ELICENSE_LookupApplicant'),
    ('PORTAL', 'ELICENSE_RegisterWalkIn');

-- Required documents of service 1's issue, when no catalog migration has listed them yet (the officer marks them as
-- presented on paper; channel 1 attaches them).
INSERT INTO required_document (service_code, operation, code, ord, applicant_kind, mandatory, name_ru, name_kz)
SELECT 'SECURITY_ACTIVITY', 'ISSUE', 'CHARTER', 1, 'LEGAL_ENTITY', TRUE, 'Копия устава юридического лица',
       'Заңды тұлға жарғысының көшірмесі'
WHERE NOT EXISTS (SELECT 1 FROM required_document WHERE service_code = 'SECURITY_ACTIVITY' AND operation = 'ISSUE');
INSERT INTO required_document (service_code, operation, code, ord, applicant_kind, mandatory, name_ru, name_kz)
SELECT 'SECURITY_ACTIVITY', 'ISSUE', 'STAFF_LIST', 2, NULL, FALSE, 'Сведения о работниках', 'Қызметкерлер туралы мәліметтер'
WHERE NOT EXISTS (SELECT 1 FROM required_document WHERE service_code = 'SECURITY_ACTIVITY' AND operation = 'ISSUE'
                  AND code <> 'CHARTER');
