-- Issue 13 (data scope per sender, walk-in over SOAP): a sender's kind (SYSTEM, or AUTHORITY for a court's or
-- supervising authority's system that may send decisions on any license) and the providers it is bound to. A bound
-- sender sees its providers' applications and may change their licenses; a sender bound to exactly one provider may
-- send that provider's officers' walk-ins. Existing senders stay unbound SYSTEM senders: they see only what they sent.
ALTER TABLE sender ADD COLUMN sender_kind VARCHAR(20) DEFAULT 'SYSTEM' NOT NULL;
ALTER TABLE sender ADD CONSTRAINT sender_kind_known CHECK (sender_kind IN ('SYSTEM', 'AUTHORITY'));

CREATE TABLE sender_provider (
    sender_id     VARCHAR(100) NOT NULL REFERENCES sender (sender_id),
    provider_code VARCHAR(40)  NOT NULL REFERENCES provider (code),
    PRIMARY KEY (sender_id, provider_code)
);
