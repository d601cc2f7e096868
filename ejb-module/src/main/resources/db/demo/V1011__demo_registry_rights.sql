-- The license registry's services for the demo sender PORTAL: every portal may verify a license; the right to send a
-- court's or authority's decision (ELICENSE_ChangeLicense) belongs in production to that body's own registered system
-- (./senders.sh register ... ELICENSE_ChangeLicense); the demo lends it to PORTAL so the decision path can be tried.
INSERT INTO sender_right (sender_id, service_id) VALUES
    ('PORTAL', 'ELICENSE_VerifyLicense'),
    ('PORTAL', 'ELICENSE_ChangeLicense');

-- The portal forwards the applicant's quality questionnaire.
INSERT INTO sender_right (sender_id, service_id) VALUES ('PORTAL', 'ELICENSE_SubmitQuestionnaire');
