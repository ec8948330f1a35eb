-- The court protocol's audit witness (GET /court/v1/audit-witness, main/services/court/README.md):
-- when the hub received the head it keeps from heartbeats (heads kept before this have none), and
-- the newest head each terminal's court submissions carried, kept by the court receiver apart from
-- the heartbeats' witness so that a batch delivered late never looks like a log that went back.
ALTER TABLE terminals ADD COLUMN audit_head_at TIMESTAMPTZ;

CREATE TABLE court_audit_witnesses (
  terminal_id TEXT PRIMARY KEY,
  audit_id BIGINT NOT NULL,
  hash TEXT NOT NULL,
  received_at TIMESTAMPTZ NOT NULL
);
