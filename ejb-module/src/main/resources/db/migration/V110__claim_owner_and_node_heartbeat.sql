-- Issue 16 item 5 ("recovery in seconds"): a claim on a message names the JVM that made it (its node name and a boot id
-- drawn at start), and every running JVM beats in node_heartbeat. A node that starts releases its own earlier boots'
-- claims at once; any node releases the claims of a boot whose heartbeat stopped (ClaimRecovery).
ALTER TABLE received_message ADD COLUMN claim_node VARCHAR(100);
ALTER TABLE received_message ADD COLUMN claim_boot VARCHAR(36);
CREATE INDEX received_message_state_boot_idx ON received_message (state, claim_boot);
CREATE TABLE node_heartbeat (
    boot_id    VARCHAR(36)  PRIMARY KEY,
    node       VARCHAR(100) NOT NULL,
    started_at TIMESTAMP WITH TIME ZONE NOT NULL,
    beat_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX node_heartbeat_beat_idx ON node_heartbeat (beat_at);
