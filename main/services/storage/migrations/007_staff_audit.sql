-- Helpers and admins. Only a scrypt hash of each PIN is kept (main/services/staff/pin-hash.ts).
CREATE TABLE staff (
  id              TEXT PRIMARY KEY,
  name            TEXT NOT NULL,
  role            TEXT NOT NULL CHECK (role IN ('helper', 'admin')),
  pin_hash        TEXT NOT NULL,
  enabled         INTEGER NOT NULL DEFAULT 1,
  must_change_pin INTEGER NOT NULL DEFAULT 1,
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL
);

-- Wrong PINs in a row, per account, and for the PIN pad as a whole ('*': sign-in without a staff id).
-- Kept on disk so that restarting the kiosk does not lift a lock-out.
CREATE TABLE sign_in_guards (
  key             TEXT PRIMARY KEY,
  failed_attempts INTEGER NOT NULL,
  locked_until    TEXT
);

-- The audit log: append-only, each entry chained to the one before by a SHA-256 hash
-- (main/services/audit/audit-log.ts), so `cli audit verify` can prove nothing was changed.
CREATE TABLE audit_log (
  id        INTEGER PRIMARY KEY,
  at        TEXT NOT NULL,
  actor     TEXT NOT NULL,
  action    TEXT NOT NULL,
  details   TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash      TEXT NOT NULL
);
CREATE INDEX audit_log_at ON audit_log (at);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'the audit log is append-only');
END;

-- Assisted filing (肩并肩帮办): the helper who started the visit, and who typed each draft field.
ALTER TABLE sessions ADD COLUMN assisted_by TEXT;
ALTER TABLE drafts ADD COLUMN provenance TEXT NOT NULL DEFAULT '{}';
