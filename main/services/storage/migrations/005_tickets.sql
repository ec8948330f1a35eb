-- Take-a-number tickets for the helper desk. Numbers restart every day (court's local date).
CREATE TABLE tickets (
  id          INTEGER PRIMARY KEY,
  day         TEXT NOT NULL,
  service     TEXT NOT NULL,              -- the queue it waits in now (changes on transfer)
  number      TEXT NOT NULL,              -- e.g. A012: the letter of the service it was taken for
  priority    INTEGER NOT NULL DEFAULT 0, -- elderly, disabled, pregnant: called first
  state       TEXT NOT NULL CHECK (state IN ('waiting', 'called', 'served', 'skipped')),
  window_no   TEXT,                       -- the desk it was last called to
  issued_at   TEXT NOT NULL,
  called_at   TEXT,
  call_seq    INTEGER,                    -- order of calls and recalls: the highest is on the display now
  finished_at TEXT,
  UNIQUE (day, number)
);
CREATE INDEX tickets_waiting ON tickets (day, state, service, priority, id);
