-- Issue 14 item 7 (Administration: officers): an administrator disables an officer's account instead of deleting it
-- (applications keep naming their assigned officer). Elytron's jdbc-realm reads only enabled accounts
-- (configure.cli: SELECT password_hash FROM officer WHERE username = ? AND enabled = TRUE), so a disabled officer
-- cannot sign in; enabling gives the account back with its password.
ALTER TABLE officer ADD COLUMN enabled BOOLEAN DEFAULT TRUE NOT NULL;
