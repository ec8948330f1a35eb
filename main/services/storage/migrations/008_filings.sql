-- Filings (立案) handed in at this kiosk. The filing itself travels to the court through the outbox
-- (same transaction, same receipt number); this row is what the receipts and reprints are made from.
CREATE TABLE filings (
  id           TEXT PRIMARY KEY,
  receipt_no   TEXT NOT NULL UNIQUE,
  case_type    TEXT NOT NULL,
  court_code   TEXT NOT NULL,
  cross_region INTEGER NOT NULL CHECK (cross_region IN (0, 1)),
  assisted_by  TEXT,                 -- the helper's staff id when the filing was assisted (帮办人)
  language     TEXT NOT NULL,
  submitted_at TEXT NOT NULL,
  filing       TEXT,                 -- JSON as submitted; NULL once personal data has been purged
  purged_at    TEXT
);

-- Scanned evidence pages. The image is a file in <data>/evidence/; a page waits here with no
-- evidence item until the litigant adds it, and belongs to a visit until the filing takes it.
CREATE TABLE evidence_pages (
  id          TEXT PRIMARY KEY,
  session_id  TEXT NOT NULL,
  evidence_id TEXT,
  position    INTEGER,
  filing_id   TEXT REFERENCES filings(id),
  file        TEXT NOT NULL UNIQUE,
  mime        TEXT NOT NULL,
  width       INTEGER NOT NULL,
  height      INTEGER NOT NULL,
  bytes       INTEGER NOT NULL,
  thumbnail   BLOB NOT NULL,
  created_at  TEXT NOT NULL
);
CREATE INDEX evidence_pages_session ON evidence_pages (session_id, evidence_id, position);
CREATE INDEX evidence_pages_filing ON evidence_pages (filing_id, evidence_id, position);

-- Codes shown on screen to take up a filing draft after a crash; the ID number only as a salted hash.
CREATE TABLE filing_resume (
  code       TEXT PRIMARY KEY,
  session_id TEXT NOT NULL UNIQUE,
  id_hash    TEXT,
  expires_at TEXT NOT NULL
);
