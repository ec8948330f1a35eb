-- Store-and-forward to the court: a submission enters the outbox in the same transaction as the
-- receipt the litigant is given, and stays until the court has acknowledged or rejected it.
CREATE TABLE outbox (
  id              INTEGER PRIMARY KEY,
  key             TEXT NOT NULL UNIQUE,   -- the idempotency key the court books at most once
  kind            TEXT NOT NULL,
  receipt_no      TEXT NOT NULL UNIQUE,
  payload         TEXT,                   -- JSON; NULL once personal data has been purged
  state           TEXT NOT NULL CHECK (state IN ('pending', 'sent', 'acknowledged', 'rejected')),
  attempts        INTEGER NOT NULL DEFAULT 0,
  next_attempt_at TEXT NOT NULL,
  last_error      TEXT,
  court_ref       TEXT,
  reject_reason   TEXT,
  created_at      TEXT NOT NULL,
  settled_at      TEXT,
  purged_at       TEXT
);
CREATE INDEX outbox_due ON outbox (state, next_attempt_at);

-- The demo court's book of submissions it has accepted (only used without a real endpoint).
CREATE TABLE demo_court_submissions (
  key         TEXT PRIMARY KEY,
  kind        TEXT NOT NULL,
  court_ref   TEXT NOT NULL,
  received_at TEXT NOT NULL
);
