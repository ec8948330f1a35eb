-- Documents sent to a printer. A failed job keeps its PDF so a helper can reprint it at the desk;
-- the PDF holds personal data, so it is dropped after the retention period like every submission.
CREATE TABLE print_jobs (
  id          INTEGER PRIMARY KEY,
  kind        TEXT NOT NULL,
  document_no TEXT NOT NULL,
  title       TEXT NOT NULL,
  role        TEXT NOT NULL CHECK (role IN ('receipt', 'document')),
  printer     TEXT,                     -- NULL: saved to the terminal's print folder
  paper       TEXT NOT NULL CHECK (paper IN ('a4', '80mm')),
  length_mm   REAL NOT NULL,
  pdf         BLOB,                     -- NULL once purged
  state       TEXT NOT NULL CHECK (state IN ('queued', 'printing', 'done', 'failed')),
  failure     TEXT CHECK (failure IN ('paperOut', 'printerStopped', 'timeout', 'error')),
  detail      TEXT,
  attempts    INTEGER NOT NULL DEFAULT 0,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);
CREATE INDEX print_jobs_state ON print_jobs (state, updated_at);
