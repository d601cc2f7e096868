-- The portal may ask E-licensing to verify any signed document and report why (ELICENSE_VerifyDocument).
INSERT INTO sender_right (sender_id, service_id) VALUES ('PORTAL', 'ELICENSE_VerifyDocument');
