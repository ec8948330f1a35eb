-- Filing drafts of visits wiped while idle, kept for the terminal's resume window. The draft is
-- sealed (AES-256-GCM) under a key derived (scrypt) from the resume code and the filer's ID number:
-- the database alone does not tell what the filer typed. Deleted when the window ends.
CREATE TABLE filing_sealed (
  code       TEXT PRIMARY KEY,
  salt       BLOB NOT NULL,
  iv         BLOB NOT NULL,
  tag        BLOB NOT NULL,
  sealed     BLOB NOT NULL,
  sealed_at  TEXT NOT NULL            -- the window (idle.resumeMinutes) counts from here
);
