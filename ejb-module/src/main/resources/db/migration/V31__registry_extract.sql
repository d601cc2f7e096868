-- What GBD UL / GBD FL said of the applicant when the check answered, kept with the application; the license is issued
-- to it (names in ru and kk, address, head), not to the applicant's own text.
ALTER TABLE application ADD COLUMN registry_name_ru VARCHAR(1000);
ALTER TABLE application ADD COLUMN registry_name_kz VARCHAR(1000);
ALTER TABLE application ADD COLUMN registry_address VARCHAR(1000);
ALTER TABLE application ADD COLUMN registry_head_iin VARCHAR(12);
ALTER TABLE application ADD COLUMN registry_head_name VARCHAR(300);
ALTER TABLE application ADD COLUMN registry_status VARCHAR(40);
ALTER TABLE license ADD COLUMN holder_name_kz VARCHAR(1000);
ALTER TABLE license ADD COLUMN holder_address VARCHAR(1000);
ALTER TABLE license ADD COLUMN holder_head_iin VARCHAR(12);
ALTER TABLE license ADD COLUMN holder_head_name VARCHAR(300);
