-- Demo data (loaded when elicensing.demo-data=true): sending systems and officers with public demo passwords.
-- Senders: PORTAL / portal-demo-pass (the e-government portal), PEP / pep-demo-pass (the payment gateway).
INSERT INTO sender (sender_id, password_hash, enabled) VALUES
    ('PORTAL', 'pbkdf2-sha256$120000$W7eqry+0rPPGoMflDeiZPg==$676p62t20NKU4LpxqcF+FVw2yI+L1cD4jewQ0bFK8/0=', TRUE),
    ('PEP',    'pbkdf2-sha256$120000$jkUoG2AWY+Wnxw4LF5de2w==$iThqKdMdFWzM+bVpPk8Pxw7A4NCR34d18OsFukZPgzc=', TRUE);
INSERT INTO sender_right (sender_id, service_id) VALUES
    ('PORTAL', 'ELICENSE_SubmitApplication'),
    ('PORTAL', 'ELICENSE_GetApplicationStatus'),
    ('PORTAL', 'ELICENSE_GetResult'),
    ('PEP',    'ELICENSE_PaymentNotification');

-- Officers (bcrypt, checked by Elytron's jdbc-realm): officer1 / officer-demo-pass, head1 / head-demo-pass.
INSERT INTO officer (username, password_hash, full_name, provider_code, officer_role) VALUES
    ('officer1', '$2a$10$HcM71mEsYegX0.WOFun7Z.Xxcb9.VHtBfKyTk.RWf9qvmknC3yBku', 'Әбілқасымова Үміт', 'DP_ALMATY', 'officer'),
    ('head1',    '$2a$10$WCGShVxrCVocpr6n2QKmyOMPS2C3JcXycyKldGTUR1s9UD9yGkt12', 'Нұрғалиев Ерлан', 'DP_ALMATY', 'head');
