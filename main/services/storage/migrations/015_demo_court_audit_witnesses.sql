-- The audit heads the demo court received with submissions (court/demo-court.ts): its witness of each
-- terminal's hash chain, one row per head as first received, never changed, so `cli audit verify
-- --witness` can hold the terminal's log against the newest. Append-only, like the log it witnesses.
CREATE TABLE demo_court_audit_witnesses (
  terminal_id TEXT NOT NULL,
  audit_id    INTEGER NOT NULL,
  hash        TEXT NOT NULL,
  received_at TEXT NOT NULL,
  PRIMARY KEY (terminal_id, audit_id, hash)
);

CREATE TRIGGER demo_court_audit_witnesses_no_update BEFORE UPDATE ON demo_court_audit_witnesses
BEGIN
  SELECT RAISE(ABORT, 'the court keeps its witnesses as received');
END;
CREATE TRIGGER demo_court_audit_witnesses_no_delete BEFORE DELETE ON demo_court_audit_witnesses
BEGIN
  SELECT RAISE(ABORT, 'the court keeps its witnesses as received');
END;
