-- An officer's motivated refusal keeps the catalog ground's code (refusal_ground.code, up to 60 characters) as the
-- application's refusal code; system refusals keep their ErrorCode name as before.
ALTER TABLE application ALTER COLUMN refusal_code SET DATA TYPE VARCHAR(60);
