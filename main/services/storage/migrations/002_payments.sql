-- Fee payments at the terminal. The id is also the reference the payment terminal and the court
-- see, so asking either of them twice can never charge or book twice.
CREATE TABLE payments (
  id           TEXT PRIMARY KEY,
  notice_no    TEXT NOT NULL,
  case_number  TEXT NOT NULL,
  amount_fen   INTEGER NOT NULL CHECK (amount_fen > 0),
  method       TEXT NOT NULL CHECK (method IN ('card', 'qr')),
  state        TEXT NOT NULL CHECK (state IN ('created', 'awaiting_payer', 'authorised', 'confirmed', 'failed', 'cancelled', 'unknown')),
  auth_code    TEXT,
  terminal_ref TEXT,
  voucher_no   TEXT UNIQUE,
  court_ref    TEXT,
  failure      TEXT,
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL
);

-- A double tap or a retry finds the live payment instead of starting a second one.
CREATE UNIQUE INDEX payments_one_live_per_notice ON payments (notice_no) WHERE state NOT IN ('failed', 'cancelled');

-- Every state change, for the helper desk and the audit.
CREATE TABLE payment_events (
  payment_id TEXT NOT NULL REFERENCES payments(id),
  at         TEXT NOT NULL,
  from_state TEXT NOT NULL,
  to_state   TEXT NOT NULL,
  detail     TEXT
);

-- The demo court's own books: which payments it has confirmed (only used without a real endpoint).
CREATE TABLE demo_court_payments (
  payment_id   TEXT PRIMARY KEY,
  notice_no    TEXT NOT NULL,
  amount_fen   INTEGER NOT NULL,
  court_ref    TEXT NOT NULL,
  confirmed_at TEXT NOT NULL
);
