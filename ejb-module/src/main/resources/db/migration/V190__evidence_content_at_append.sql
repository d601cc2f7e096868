-- Issue 16 follow-up (tidy): each evidence content is written once. An append stores it in evidence_content itself
-- (INSERT ... ON CONFLICT DO NOTHING, in the appending transaction) and its evidence_pending row only names it by
-- content_sha256, leaving content null; before, the content went packed into evidence_pending and then, once more,
-- into evidence_content by the chainer. Rows pending from before this version keep their content, which the chainer
-- stores as it did.
ALTER TABLE evidence_pending ALTER COLUMN content DROP NOT NULL;
