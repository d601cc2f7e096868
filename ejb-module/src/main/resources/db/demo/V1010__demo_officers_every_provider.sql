-- Demo officers of the providers that had none (password officer-demo-pass, the bcrypt hash of officer1 in V1000), so
-- every service of the catalog can be decided in the demo and the ITs: the Ministry of Justice's enforcement committee
-- (service 2) has an officer and a head.
INSERT INTO officer (username, password_hash, full_name, provider_code, officer_role) VALUES
    ('moj1',  '$2a$10$HcM71mEsYegX0.WOFun7Z.Xxcb9.VHtBfKyTk.RWf9qvmknC3yBku', 'Тұрсынбаева Әсем', 'MOJ_ENFORCEMENT', 'officer'),
    ('mojhead', '$2a$10$HcM71mEsYegX0.WOFun7Z.Xxcb9.VHtBfKyTk.RWf9qvmknC3yBku', 'Қасымов Бауыржан', 'MOJ_ENFORCEMENT', 'head');

-- Service 8: an officer of the Administrative police committee's security-control unit, who carries out its steps.
INSERT INTO officer (username, password_hash, full_name, provider_code, officer_role) VALUES
    ('mvd1', '$2a$10$HcM71mEsYegX0.WOFun7Z.Xxcb9.VHtBfKyTk.RWf9qvmknC3yBku', 'Серікбаев Дәулет', 'MVD_ADMIN_POLICE', 'officer');
