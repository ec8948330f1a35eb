-- Pre-litigation mediation requests (诉前调解). The request itself travels to the court through
-- the outbox (same transaction); this row is what the helper desk and the receipt show.
CREATE TABLE mediation_requests (
  id              TEXT PRIMARY KEY,
  receipt_no      TEXT NOT NULL UNIQUE,
  case_type       TEXT NOT NULL,
  organisation_id TEXT NOT NULL,
  mode            TEXT NOT NULL CHECK (mode IN ('online', 'inPerson')),
  submitted_at    TEXT NOT NULL
);
