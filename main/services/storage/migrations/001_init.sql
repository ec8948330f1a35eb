-- Terminal settings: one row per top-level config section, JSON-encoded; defaults live in resources/.
CREATE TABLE config (
  section    TEXT PRIMARY KEY,
  value      TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

-- A visit at the kiosk. Holds no personal data, so it is kept for statistics after the wipe.
CREATE TABLE sessions (
  id         TEXT PRIMARY KEY,
  language   TEXT NOT NULL,
  started_at TEXT NOT NULL,
  ended_at   TEXT
);

-- What a litigant has typed into a flow so far; deleted when the visit ends.
CREATE TABLE drafts (
  session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
  flow       TEXT NOT NULL,
  data       TEXT NOT NULL,
  saved_at   TEXT NOT NULL,
  PRIMARY KEY (session_id, flow)
);

-- "Call a helper" presses, for the helper desk.
CREATE TABLE helper_calls (
  id          INTEGER PRIMARY KEY,
  terminal_id TEXT NOT NULL,
  called_at   TEXT NOT NULL,
  answered_at TEXT
);
