-- The hub's whole schema, version 1: staff accounts, terminals and their health, the configuration
-- they should run, signed law-data packages, update releases and the reference court receiver.

CREATE TABLE accounts (
  id TEXT PRIMARY KEY,
  password_hash TEXT NOT NULL,
  failed_attempts INTEGER NOT NULL DEFAULT 0,
  locked_until TIMESTAMPTZ,
  created_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE console_sessions (
  token_hash TEXT PRIMARY KEY,
  account_id TEXT NOT NULL REFERENCES accounts(id),
  expires_at TIMESTAMPTZ NOT NULL
);

-- One-time codes: 'admin' makes the first (or another) staff account, 'terminal' enrols a terminal.
CREATE TABLE enrolment_codes (
  code_hash TEXT PRIMARY KEY,
  purpose TEXT NOT NULL CHECK (purpose IN ('admin', 'terminal')),
  site TEXT,
  group_name TEXT,
  created_at TIMESTAMPTZ NOT NULL,
  expires_at TIMESTAMPTZ NOT NULL,
  used_at TIMESTAMPTZ
);

CREATE TABLE terminals (
  id TEXT PRIMARY KEY,
  -- The HMAC key both sides hold; the hub must know it to check a signature.
  secret TEXT NOT NULL,
  site TEXT NOT NULL,
  group_name TEXT NOT NULL,
  enrolled_at TIMESTAMPTZ NOT NULL,
  revoked_at TIMESTAMPTZ,
  last_seen_at TIMESTAMPTZ,
  heartbeat JSONB,
  -- The outside witness of the terminal's audit chain: its newest head as last reported.
  audit_head_id BIGINT,
  audit_head_hash TEXT
);
CREATE INDEX terminals_by_site ON terminals (site, id);

CREATE TABLE alerts (
  id BIGSERIAL PRIMARY KEY,
  terminal_id TEXT NOT NULL REFERENCES terminals(id),
  kind TEXT NOT NULL,
  details JSONB NOT NULL,
  raised_at TIMESTAMPTZ NOT NULL,
  cleared_at TIMESTAMPTZ
);
CREATE UNIQUE INDEX one_open_alert_per_kind ON alerts (terminal_id, kind) WHERE cleared_at IS NULL;

-- Every configuration change takes the next revision, so a terminal's desired version is the
-- larger of its group's and its own override's.
CREATE SEQUENCE config_revision;
CREATE TABLE config_groups (
  group_name TEXT PRIMARY KEY,
  patch JSONB NOT NULL,
  revision BIGINT NOT NULL,
  updated_at TIMESTAMPTZ NOT NULL,
  updated_by TEXT NOT NULL
);
CREATE TABLE config_overrides (
  terminal_id TEXT PRIMARY KEY REFERENCES terminals(id),
  patch JSONB NOT NULL,
  revision BIGINT NOT NULL,
  updated_at TIMESTAMPTZ NOT NULL,
  updated_by TEXT NOT NULL
);

CREATE TABLE data_packages (
  version TEXT PRIMARY KEY,
  published_at TIMESTAMPTZ NOT NULL,
  published_by TEXT NOT NULL,
  -- The exact signed text: re-serialising JSONB could reorder keys and break the signature.
  body TEXT NOT NULL,
  signature TEXT NOT NULL
);

CREATE TABLE update_artifacts (
  file_name TEXT PRIMARY KEY,
  data BYTEA NOT NULL,
  sha512 TEXT NOT NULL,
  size BIGINT NOT NULL,
  uploaded_at TIMESTAMPTZ NOT NULL
);
CREATE TABLE update_releases (
  version TEXT PRIMARY KEY,
  file_name TEXT NOT NULL REFERENCES update_artifacts(file_name),
  release_date TIMESTAMPTZ NOT NULL,
  -- Staged rollout: only terminals in these groups are offered the release.
  groups TEXT[] NOT NULL
);

-- The reference court receiver (main/services/court/README.md).
CREATE SEQUENCE court_ref_seq;
CREATE TABLE court_submissions (
  key TEXT PRIMARY KEY,
  terminal_id TEXT NOT NULL REFERENCES terminals(id),
  kind TEXT NOT NULL,
  receipt_no TEXT NOT NULL,
  created_at TIMESTAMPTZ NOT NULL,
  payload JSONB NOT NULL,
  court_ref TEXT NOT NULL,
  received_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX court_submissions_by_time ON court_submissions (received_at DESC);
CREATE TABLE court_fee_notices (
  notice_no TEXT PRIMARY KEY,
  case_number TEXT NOT NULL,
  payer_id_number TEXT NOT NULL,
  notice JSONB NOT NULL
);
CREATE TABLE court_cases (
  case_number TEXT PRIMARY KEY,
  party_id_numbers TEXT[] NOT NULL,
  status JSONB NOT NULL
);
