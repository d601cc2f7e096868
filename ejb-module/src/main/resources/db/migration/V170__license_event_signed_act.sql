-- The head's registry acts signed by the licensor's authorized person (issue 15): a suspension, resumption or
-- termination made on the card keeps the signed XML (packed, as every stored document) and its signer as the
-- licensor's catalog names them with the certificate's serial. Null for changes by the system or by a court's or
-- authority's message (the message is signed by the sending system). pending_result keeps the prepared act (kind
-- LICENSE_ACT, subject = the license number) as it keeps a prepared result.
ALTER TABLE license_event ADD COLUMN signed_document BYTEA;
ALTER TABLE license_event ADD COLUMN signer_iin VARCHAR(12);
ALTER TABLE license_event ADD COLUMN signer_name VARCHAR(300);
ALTER TABLE license_event ADD COLUMN signer_position_ru VARCHAR(500);
ALTER TABLE license_event ADD COLUMN signer_position_kz VARCHAR(500);
ALTER TABLE license_event ADD COLUMN signer_certificate VARCHAR(100);
