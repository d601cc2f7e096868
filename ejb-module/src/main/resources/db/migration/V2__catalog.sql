-- The service catalog (data, not code). Service 1 of the regulations: license for security activity (Reg. 000/001).
INSERT INTO provider (code, bin, name_ru, name_kz) VALUES
    ('DP_ALMATY', '120340000054', 'Департамент полиции города Алматы', 'Алматы қаласының Полиция департаменті');

INSERT INTO license_service (code, title_ru, title_kz, provider_code, applicant_kind, signed_by_head, fee,
                             deadline_working_days, license_series) VALUES
    ('SECURITY_ACTIVITY', 'Лицензия на охранную деятельность', 'Күзет қызметіне лицензия', 'DP_ALMATY',
     'LEGAL_ENTITY', TRUE, 19660.00, 15, 'LAA');
