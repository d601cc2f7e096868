-- Demo officer of a second regional police department (issue 12, regional routing): astana1 / officer-demo-pass
-- (the bcrypt hash of officer1 in V1000) sees the security-activity applications filed for region ASTANA, officer1
-- those for ALMATY.
INSERT INTO officer (username, password_hash, full_name, provider_code, officer_role) VALUES
    ('astana1', '$2a$10$HcM71mEsYegX0.WOFun7Z.Xxcb9.VHtBfKyTk.RWf9qvmknC3yBku', 'Нұрпейісова Айгерім', 'DP_ASTANA', 'officer');
