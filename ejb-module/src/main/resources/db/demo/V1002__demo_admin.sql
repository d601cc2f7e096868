-- Demo administrator (role admin: verifies the evidence chain and exports an application's evidence; decides
-- nothing): admin / admin-demo-pass, bcrypt like the officers, checked by Elytron's jdbc-realm.
INSERT INTO officer (username, password_hash, full_name, provider_code, officer_role) VALUES
    ('admin', '$2a$10$EY3Rao74Zqoaw2VmC.lCw.M/DKPs.4429vMsM.XIMuP6P7iR.au.W', 'Жүйе әкімшісі', NULL, 'admin');
